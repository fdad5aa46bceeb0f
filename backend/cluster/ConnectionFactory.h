#pragma once

#include "backend/cluster/ClusterConnection.h"
#include "backend/cluster/Kubeconfig.h"

namespace fc {

/// Turns a resolved kubeconfig context into what ClusterConnection needs: TLS trust, proxy,
/// impersonation headers and an auth callback backed by a CredentialProvider (token files
/// re-read, exec plugins cached until expiry and re-run after a 401).
Result<ConnectionConfig> connectionConfigFor(const ResolvedContext &context);

} // namespace fc
