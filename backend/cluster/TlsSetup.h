#pragma once

#include "backend/cluster/Credentials.h"
#include "backend/cluster/Kubeconfig.h"
#include "backend/core/Result.h"

#include <QNetworkProxy>
#include <QSslConfiguration>
#include <QString>

class QNetworkRequest;

namespace fc {

// TLS, proxy and header setup for requests to one cluster. Free functions over plain values:
// the connection worker calls them whenever current() hands out fresh credentials.

/// The cluster CA as the only trust roots when the kubeconfig gives one (else the system roots),
/// the client certificate chain and key, TLS 1.2 or later, and no verification at all when
/// insecure-skip-tls-verify is set (ResolvedContext::insecure tells the GUI to warn).
Result<QSslConfiguration> makeSslConfiguration(const ResolvedContext &context, const Credentials &credentials);

/// The name the server certificate must carry: tls-server-name when set, else the server host.
/// Pass it to QNetworkRequest::setPeerVerifyName.
QString peerVerifyName(const ResolvedContext &context);

/// proxy-url as a QNetworkProxy: http:// (Qt's HttpProxy, CONNECT for https servers) and
/// socks5:// (credentials in the URL honoured). https:// gives an HttpProxy for the proxy's own
/// host and port (443 by default) that must not be handed to Qt as it is: Qt cannot speak TLS
/// to a proxy, so ClusterConnection reaches it through an HttpsProxyRelay (see proxyNeedsTls and
/// makeProxySslConfiguration). Without proxy-url: QNetworkProxy::DefaultProxy, leaving the
/// environment to the application's proxy factory.
Result<QNetworkProxy> makeProxy(const ResolvedContext &context);

/// True for an https:// proxy-url: TLS to the proxy itself, then CONNECT inside it.
bool proxyNeedsTls(const ResolvedContext &context);

/// TLS to an https:// proxy. kubectl (Go's net/http) clones the cluster's TLS config for the
/// proxy, so with certificate-authority set it trusts only the cluster CA there. We trust the
/// system roots plus the cluster CA, so every proxy kubectl accepts is accepted and so is one
/// with a publicly issued certificate. The name verified is the proxy's host (not
/// tls-server-name, which names the API server); insecure-skip-tls-verify skips the proxy's
/// verification too, as in kubectl (the context carries the insecure badge either way). No
/// client certificate is shown to the proxy: the kubeconfig's is the API server identity.
Result<QSslConfiguration> makeProxySslConfiguration(const ResolvedContext &context);

/// Sets everything per request that comes from the kubeconfig: SSL configuration, peer verify
/// name, Authorization, impersonation headers and Accept-Encoding when compression is disabled.
/// Fails for more than one as-groups entry: QNetworkRequest cannot repeat a header, and joining
/// them with commas would make the API server read a single group.
Result<void> prepareRequest(QNetworkRequest &request, const ResolvedContext &context, const Credentials &credentials);

} // namespace fc
