#pragma once

#include "backend/core/Result.h"

#include <QNetworkProxy>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QString>

class QTcpServer;

namespace fc {

/// Lets QNetworkAccessManager use an https:// proxy (TLS to the proxy itself), which Qt 6.4
/// cannot do on its own. The relay listens on 127.0.0.1 on a free port and is handed to Qt as a
/// plain HttpProxy (localProxy()). Every connection Qt opens to it gets a QSslSocket of its own to
/// the real proxy, and bytes are piped both ways unchanged once that TLS session is up: Qt's
/// CONNECT (with Proxy-Authorization from the proxy-url's userinfo) reaches the proxy exactly as
/// Qt wrote it, and the API server's own TLS runs inside the tunnel as usual. This is what Go's
/// net/http (kubectl) does for an https proxy: TLS to the proxy, CONNECT, TLS to the server.
///
/// The relay adds nothing of its own — no credentials, no trust decisions for the API server —
/// so another local process that connects to the port gets no more than it would by connecting
/// to the proxy itself. Each direction buffers at most kBufferSize bytes: while the receiving
/// side has that much unsent, the relay stops reading from the sending one (TCP backpressure).
/// A close on one side is passed on after what was already received has been written.
///
/// Lives on the thread that uses it (ClusterConnection's worker); not thread-safe.
class HttpsProxyRelay final : public QObject {
    Q_OBJECT
public:
    /// `tls` is used for the connection to the proxy (makeProxySslConfiguration); the proxy's
    /// certificate must carry `proxyHost`.
    HttpsProxyRelay(QString proxyHost, quint16 proxyPort, QSslConfiguration tls, QObject *parent = nullptr);
    ~HttpsProxyRelay() override;

    /// Starts listening on 127.0.0.1 on a port the system picks.
    Result<void> listen();
    quint16 port() const;

    /// What to hand to Qt: an HttpProxy at the relay, carrying the proxy credentials (Qt puts
    /// them into the CONNECT request, which the relay forwards untouched).
    QNetworkProxy localProxy(const QString &user = {}, const QString &password = {}) const;

    /// Why the last tunnel could not be set up ("TLS handshake with the proxy failed: …"),
    /// cleared when one is. Qt only sees the relay answer 502 and reports a generic proxy error.
    QString lastError() const { return m_lastError; }

    /// Connections from Qt currently relayed (or being set up).
    int openTunnels() const { return int(m_tunnels.size()); }

    static constexpr qint64 kBufferSize = 256 * 1024;

Q_SIGNALS:
    /// A connection could not be relayed: the proxy is unreachable or its certificate refused.
    void tunnelFailed(const QString &message);

private:
    class Tunnel;
    friend class Tunnel;

    QString m_host;
    quint16 m_port = 0;
    QSslConfiguration m_tls;
    QTcpServer *m_server = nullptr;
    QString m_lastError;
    QSet<Tunnel *> m_tunnels;
};

} // namespace fc
