#include "backend/cluster/TlsSetup.h"

#include <QNetworkRequest>
#include <QSslSocket>

namespace fc {

Result<QSslConfiguration> makeSslConfiguration(const ResolvedContext &context, const Credentials &credentials)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);

    if (!context.caPem.isEmpty()) {
        const Result<QList<QSslCertificate>> roots = certificatesFromPem(context.caPem);
        if (!roots) {
            Error e = roots.error();
            e.field = QStringLiteral("clusters[%1].cluster.certificate-authority").arg(context.clusterName);
            return e;
        }
        // Replacing the list also stops Qt from loading system roots on demand, so the
        // cluster CA is the only thing trusted, as with kubectl.
        config.setCaCertificates(*roots);
    }

    if (context.insecureSkipTlsVerify)
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
    else
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);

    if (credentials.hasClientCertificate()) {
        config.setLocalCertificateChain(credentials.clientCertificateChain);
        config.setPrivateKey(credentials.clientKey);
    }
    return config;
}

QString peerVerifyName(const ResolvedContext &context)
{
    return context.tlsServerName.isEmpty() ? context.server.host() : context.tlsServerName;
}

Result<QNetworkProxy> makeProxy(const ResolvedContext &context)
{
    const QUrl &url = context.proxyUrl;
    if (url.isEmpty())
        return QNetworkProxy(QNetworkProxy::DefaultProxy);

    const QString field = QStringLiteral("clusters[%1].cluster.proxy-url").arg(context.clusterName);
    const QString scheme = url.scheme().toLower();
    QNetworkProxy proxy;
    if (scheme == QLatin1String("http")) {
        proxy = QNetworkProxy(QNetworkProxy::HttpProxy, url.host(), quint16(url.port(80)));
    } else if (scheme == QLatin1String("socks5")) {
        proxy = QNetworkProxy(QNetworkProxy::Socks5Proxy, url.host(), quint16(url.port(1080)));
    } else if (scheme == QLatin1String("https")) {
        // Reached through HttpsProxyRelay, which adds the TLS layer Qt lacks.
        proxy = QNetworkProxy(QNetworkProxy::HttpProxy, url.host(), quint16(url.port(443)));
    } else {
        return makeError(QStringLiteral("proxy scheme '%1' is not supported (use http://, https:// or socks5://)").arg(scheme), field);
    }
    if (!url.userName().isEmpty()) {
        proxy.setUser(url.userName(QUrl::FullyDecoded));
        proxy.setPassword(url.password(QUrl::FullyDecoded));
    }
    return proxy;
}

bool proxyNeedsTls(const ResolvedContext &context)
{
    return context.proxyUrl.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
}

Result<QSslConfiguration> makeProxySslConfiguration(const ResolvedContext &context)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    QList<QSslCertificate> roots = QSslConfiguration::systemCaCertificates();
    if (!context.caPem.isEmpty()) {
        const Result<QList<QSslCertificate>> clusterCa = certificatesFromPem(context.caPem);
        if (!clusterCa) {
            Error e = clusterCa.error();
            e.field = QStringLiteral("clusters[%1].cluster.certificate-authority").arg(context.clusterName);
            return e;
        }
        roots += *clusterCa;
    }
    config.setCaCertificates(roots);
    config.setPeerVerifyMode(context.insecureSkipTlsVerify ? QSslSocket::VerifyNone : QSslSocket::VerifyPeer);
    // HTTP/1.1 only: the proxy sees a CONNECT, never h2
    config.setAllowedNextProtocols({});
    return config;
}

Result<void> prepareRequest(QNetworkRequest &request, const ResolvedContext &context, const Credentials &credentials)
{
    if (context.server.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0) {
        Result<QSslConfiguration> ssl = makeSslConfiguration(context, credentials);
        if (!ssl)
            return ssl.error();
        request.setSslConfiguration(*ssl);
        request.setPeerVerifyName(peerVerifyName(context));
    }
    if (const QByteArray auth = credentials.authorizationHeader(); !auth.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), auth);
    if (!context.impersonateUser.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Impersonate-User"), context.impersonateUser.toUtf8());
    if (!context.impersonateUid.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Impersonate-Uid"), context.impersonateUid.toUtf8());
    if (context.impersonateGroups.size() > 1)
        return makeError(QStringLiteral("impersonating more than one group is not supported yet"),
                         QStringLiteral("users[%1].user.as-groups").arg(context.userName));
    if (context.impersonateGroups.size() == 1)
        request.setRawHeader(QByteArrayLiteral("Impersonate-Group"), context.impersonateGroups.constFirst().toUtf8());
    if (context.disableCompression)
        request.setRawHeader(QByteArrayLiteral("Accept-Encoding"), QByteArrayLiteral("identity"));
    return {};
}

} // namespace fc
