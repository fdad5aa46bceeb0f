#pragma once

#include <QDateTime>

namespace fc {

/// Where a certificate stands at a moment, for both certificate views (local store, cluster secrets).
enum class ExpiryState { Valid, ExpiringSoon, Expired, NotYetValid };

/// Expired at or after notAfter; ExpiringSoon when notAfter is within `warningDays` of `now`
/// (the "warn before certificates expire" preference, 30 days by default).
inline ExpiryState expiryStateAt(const QDateTime &notBefore, const QDateTime &notAfter, const QDateTime &now, int warningDays)
{
    if (notAfter <= now)
        return ExpiryState::Expired;
    if (notBefore > now)
        return ExpiryState::NotYetValid;
    if (now.addDays(warningDays) >= notAfter)
        return ExpiryState::ExpiringSoon;
    return ExpiryState::Valid;
}

constexpr int kDefaultCertificateWarningDays = 30;

} // namespace fc
