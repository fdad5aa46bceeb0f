#pragma once

#include "backend/cluster/Kubeconfig.h"

#include <QByteArray>

namespace fc {

/// The kubeconfig helm gets for one run: exactly the app's resolved context and nothing else
/// from the user's files, as JSON (client-go reads JSON kubeconfigs as it reads YAML).
/// Credentials are inline (certificate/key data, a static token, basic auth), a token file is
/// referenced by its path (so it is re-read as the app does) and an exec plugin keeps its exec
/// section (helm runs it itself). It holds secrets: write it only through
/// ProcessRunner::createTempFile (0600, removed when helm exits) and never put it, or anything
/// in it, on a command line.
QByteArray helmKubeconfig(const ResolvedContext &context);

} // namespace fc
