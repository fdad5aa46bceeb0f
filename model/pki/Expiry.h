#pragma once

#include "model/common/StatusLevel.h"

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

/// The icon a certificate's state gets beside its coloured date or word (StatusLevelRole).
inline StatusLevel statusLevelOf(ExpiryState state)
{
    switch (state) {
    case ExpiryState::Valid: return StatusLevel::Ok;
    case ExpiryState::ExpiringSoon:
    case ExpiryState::NotYetValid: return StatusLevel::Progressing;
    case ExpiryState::Expired: return StatusLevel::Failed;
    }
    return StatusLevel::None;
}

} // namespace fc
