#pragma once

#include <QDateTime>

namespace fc::pki {

/// Source of "now" for everything that depends on validity periods, so tests can move time
/// (KeePassXC's Clock shape). Always UTC.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }

    /// The process-wide real clock, for callers that have no reason to fake time.
    static const Clock &system()
    {
        static const Clock clock;
        return clock;
    }
};

/// A clock stuck at a given instant; tests advance it by hand.
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime now() const override { return m_now; }
    void setNow(QDateTime now) { m_now = std::move(now); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

} // namespace fc::pki
