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
        Error e = makeError(QStringLiteral("proxy '%1': https:// proxies (TLS to the proxy itself) are not supported "
                                           "by Qt; use http:// for the proxy—API traffic still goes through it "
                                           "encrypted, via CONNECT")
                                .arg(url.toDisplayString(QUrl::RemoveUserInfo)),
                            field);
        e.reason = QStringLiteral("Unsupported");
        return e;
    } else {
        return makeError(QStringLiteral("proxy scheme '%1' is not supported (use http:// or socks5://)").arg(scheme), field);
    }
    if (!url.userName().isEmpty()) {
        proxy.setUser(url.userName(QUrl::FullyDecoded));
        proxy.setPassword(url.password(QUrl::FullyDecoded));
    }
    return proxy;
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
