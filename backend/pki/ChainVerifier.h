#pragma once

#include "backend/core/Result.h"
#include "backend/pki/Certificate.h"
#include "backend/pki/Clock.h"

#include <QList>

namespace fc::pki {

/// Verifies a certificate against trusted CA certificates (X509_STORE) at the clock's time.
/// untrusted carries intermediates. The error message names OpenSSL's reason and the failing depth.
Result<void> verifyChain(const Certificate &leaf, const QList<Certificate> &untrusted,
                         const QList<Certificate> &trusted, const Clock &clock = Clock::system());

} // namespace fc::pki
