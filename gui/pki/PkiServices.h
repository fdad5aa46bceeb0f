#pragma once

#include "backend/pki/CertificateAuthority.h"
#include "backend/pki/Clock.h"
#include "model/pki/CaStore.h"

namespace fc {

class CaUnlocker;
class Keychain;
class TaskRunner;

/// What the certificate dialogs work with, handed in by CertificatesPage (no globals): the store,
/// the background runner, the passphrase flow and the clock.
struct PkiServices {
    CaStore store;
    Keychain *keychain = nullptr;
    TaskRunner *tasks = nullptr;
    CaUnlocker *unlocker = nullptr;
    const pki::Clock *clock = nullptr;
};

} // namespace fc
