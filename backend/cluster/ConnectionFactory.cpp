#include "backend/cluster/ConnectionFactory.h"

#include "backend/cluster/Credentials.h"
#include "backend/cluster/TlsSetup.h"

#include <memory>

namespace fc {

Result<ConnectionConfig> connectionConfigFor(const ResolvedContext &context)
{
    ConnectionConfig cfg;
    cfg.contextName = context.contextName;
    cfg.server = context.server;
    cfg.insecure = context.insecure || context.insecureSkipTlsVerify;
    auto ssl = makeSslConfiguration(context, Credentials{});
    if (!ssl)
        return ssl.error();
    cfg.ssl = ssl.value();
    cfg.peerVerifyName = peerVerifyName(context);
    if (!context.proxyUrl.isEmpty()) {
        auto proxy = makeProxy(context);
        if (!proxy)
            return proxy.error();
        cfg.proxy = proxy.value();
        if (proxyNeedsTls(context)) {
            auto proxyTls = makeProxySslConfiguration(context);
            if (!proxyTls)
                return proxyTls.error();
            cfg.proxyTls = proxyTls.value();
        }
    }
    if (!context.impersonateUser.isEmpty())
        cfg.extraHeaders.insert("Impersonate-User", context.impersonateUser.toUtf8());
    // QNetworkRequest cannot repeat a header, and a comma-joined value would be read as one
    // group: refuse rather than impersonate the wrong identity.
    if (context.impersonateGroups.size() > 1) {
        Error e = makeError(QObject::tr("impersonating more than one group (as-groups) is not supported yet"),
                            QStringLiteral("users[%1].user.as-groups").arg(context.userName));
        e.file = context.sourceFile;
        return e;
    }
    if (context.impersonateGroups.size() == 1)
        cfg.extraHeaders.insert("Impersonate-Group", context.impersonateGroups.first().toUtf8());
    if (!context.impersonateUid.isEmpty())
        cfg.extraHeaders.insert("Impersonate-Uid", context.impersonateUid.toUtf8());
    if (context.disableCompression)
        cfg.extraHeaders.insert("Accept-Encoding", "identity");
    auto provider = std::make_shared<CredentialProvider>(context);
    cfg.auth = [provider]() -> Result<RequestAuth> {
        const Result<Credentials> c = provider->current();
        if (!c)
            return c.error();
        RequestAuth a;
        a.authorization = c->authorizationHeader();
        if (c->hasClientCertificate()) {
            a.clientCertificate = c->clientCertificateChain.first();
            a.clientKey = c->clientKey;
        }
        return a;
    };
    cfg.cancelAuth = [provider] { provider->cancel(); };
    cfg.invalidateAuth = [provider](const QByteArray &rejected) {
        // Another request may already have refreshed it: only a credential still current is
        // thrown away, so N concurrent 401s run an exec plugin once, not N times.
        const Result<Credentials> current = provider->current();
        if (current && current->authorizationHeader() != rejected)
            return;
        provider->invalidate();
    };
    return cfg;
}

} // namespace fc
