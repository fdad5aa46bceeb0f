#include "backend/cluster/HttpsProxyRelay.h"

#include <QLoggingCategory>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace fc {

Q_LOGGING_CATEGORY(lcRelay, "fedconsole.cluster.proxyrelay", QtWarningMsg)

/// One connection from Qt and its TLS connection to the proxy.
class HttpsProxyRelay::Tunnel final : public QObject {
public:
    Tunnel(HttpsProxyRelay *relay, QTcpSocket *client)
        : QObject(relay), m_relay(relay), m_client(client), m_upstream(new QSslSocket(this))
    {
        m_relay->m_tunnels.insert(this);
        m_client->setParent(this);
        m_client->setReadBufferSize(kBufferSize);
        m_upstream->setReadBufferSize(kBufferSize);
        m_upstream->setProxy(QNetworkProxy::NoProxy); // the proxy itself is dialled directly
        m_upstream->setSslConfiguration(m_relay->m_tls);

        connect(m_client, &QIODevice::readyRead, this, [this] { pump(m_client, m_upstream); });
        connect(m_client, &QIODevice::bytesWritten, this, [this] { pump(m_upstream, m_client); });
        connect(m_client, &QAbstractSocket::disconnected, this, [this] { clientClosed(); });
        connect(m_client, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
            if (e != QAbstractSocket::RemoteHostClosedError)
                qCDebug(lcRelay) << "client side:" << m_client->errorString();
            if (m_client->state() == QAbstractSocket::UnconnectedState)
                clientClosed();
        });

        connect(m_upstream, &QSslSocket::encrypted, this, [this] {
            m_established = true;
            m_relay->m_lastError.clear();
            pump(m_client, m_upstream); // what Qt sent meanwhile (the CONNECT request)
            pump(m_upstream, m_client);
        });
        connect(m_upstream, &QIODevice::readyRead, this, [this] { pump(m_upstream, m_client); });
        connect(m_upstream, &QIODevice::bytesWritten, this, [this] { pump(m_client, m_upstream); });
        connect(m_upstream, &QSslSocket::encryptedBytesWritten, this, [this] { pump(m_client, m_upstream); });
        connect(m_upstream, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            QStringList texts;
            for (const QSslError &e : errors)
                texts.append(e.errorString());
            m_sslErrors = texts.join(QStringLiteral("; "));
        });
        connect(m_upstream, &QAbstractSocket::disconnected, this, [this] { upstreamClosed(); });
        connect(m_upstream, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
            if (!m_established) {
                failSetup(e);
                return;
            }
            qCDebug(lcRelay) << "proxy side:" << e << m_upstream->errorString();
            if (m_upstream->state() == QAbstractSocket::UnconnectedState)
                upstreamClosed();
        });

        m_upstream->connectToHostEncrypted(m_relay->m_host, m_relay->m_port, m_relay->m_host);
    }

    ~Tunnel() override { m_relay->m_tunnels.remove(this); }

private:
    /// Unsent bytes queued on `s` (plain text and, for the TLS side, encrypted).
    static qint64 queued(QAbstractSocket *s)
    {
        qint64 n = s->bytesToWrite();
        if (auto *ssl = qobject_cast<QSslSocket *>(s))
            n += ssl->encryptedBytesToWrite();
        return n;
    }

    /// Moves what `from` has received to `to`, as far as `to` has room.
    void pump(QAbstractSocket *from, QAbstractSocket *to)
    {
        if (!m_established || m_done)
            return;
        if (to->state() != QAbstractSocket::ConnectedState)
            return; // that side is closing: the data has nowhere to go
        for (;;) {
            const qint64 room = kBufferSize - queued(to);
            const qint64 available = from->bytesAvailable();
            if (room <= 0 || available <= 0)
                break;
            const QByteArray chunk = from->read(std::min(room, available));
            if (chunk.isEmpty())
                break;
            to->write(chunk);
        }
    }

    /// `from` has closed: write everything it still holds to `to` (bounded by the read buffer
    /// size), then close `to` once that is sent.
    static void drainAndClose(QAbstractSocket *from, QAbstractSocket *to)
    {
        if (to->state() == QAbstractSocket::ConnectedState) {
            while (from->bytesAvailable() > 0) {
                const QByteArray chunk = from->readAll();
                if (chunk.isEmpty())
                    break;
                to->write(chunk);
            }
            to->disconnectFromHost();
        } else if (to->state() != QAbstractSocket::UnconnectedState && to->state() != QAbstractSocket::ClosingState) {
            to->abort();
        }
    }

    void clientClosed()
    {
        if (m_clientClosed)
            return;
        m_clientClosed = true;
        qCDebug(lcRelay) << "client closed; established" << m_established;
        if (m_established)
            drainAndClose(m_client, m_upstream);
        else
            m_upstream->abort(); // Qt gave up before the proxy answered
        finishIfDone();
    }

    void upstreamClosed()
    {
        if (m_upstreamClosed || !m_established)
            return; // before the handshake, failSetup answers Qt
        m_upstreamClosed = true;
        qCDebug(lcRelay) << "proxy closed; relaying" << m_upstream->bytesAvailable() << "bytes still buffered";
        drainAndClose(m_upstream, m_client);
        finishIfDone();
    }

    /// No TLS session with the proxy: tell Qt with a 502 (it reports a proxy error) and keep
    /// the reason for the connection's error message.
    void failSetup(QAbstractSocket::SocketError e)
    {
        if (m_upstreamClosed)
            return;
        m_upstreamClosed = true;
        QString why;
        if (e == QAbstractSocket::SslHandshakeFailedError) {
            why = QObject::tr("TLS handshake with the proxy failed: %1")
                      .arg(m_sslErrors.isEmpty() ? m_upstream->errorString() : m_sslErrors);
        } else {
            why = QObject::tr("cannot connect to the proxy: %1").arg(m_upstream->errorString());
        }
        qCDebug(lcRelay) << "tunnel failed:" << why;
        m_relay->m_lastError = why;
        Q_EMIT m_relay->tunnelFailed(why);
        m_upstream->abort();
        if (m_client->state() == QAbstractSocket::ConnectedState) {
            m_client->readAll(); // the CONNECT request that could not be delivered
            const QByteArray body = why.toUtf8() + '\n';
            m_client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n"
                            "Content-Length: "
                            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            m_client->disconnectFromHost();
        }
        finishIfDone();
    }

    void finishIfDone()
    {
        if (m_done)
            return;
        if (m_client->state() != QAbstractSocket::UnconnectedState || m_upstream->state() != QAbstractSocket::UnconnectedState)
            return;
        m_done = true;
        deleteLater();
    }

    HttpsProxyRelay *m_relay;
    QTcpSocket *m_client;
    QSslSocket *m_upstream;
    QString m_sslErrors;
    bool m_established = false;
    bool m_clientClosed = false;
    bool m_upstreamClosed = false;
    bool m_done = false;
};

HttpsProxyRelay::HttpsProxyRelay(QString proxyHost, quint16 proxyPort, QSslConfiguration tls, QObject *parent)
    : QObject(parent), m_host(std::move(proxyHost)), m_port(proxyPort), m_tls(std::move(tls)), m_server(new QTcpServer(this))
{
    m_server->setProxy(QNetworkProxy::NoProxy);
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_server->nextPendingConnection())
            new Tunnel(this, client);
    });
}

HttpsProxyRelay::~HttpsProxyRelay()
{
    // Tunnels are children, but ~QObject would delete them after m_tunnels is gone: do it here.
    const QSet<Tunnel *> tunnels = m_tunnels;
    for (Tunnel *t : tunnels)
        delete t;
}

Result<void> HttpsProxyRelay::listen()
{
    if (m_server->isListening())
        return {};
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return makeError(tr("cannot start the local relay for the https proxy: %1").arg(m_server->errorString()));
    return {};
}

quint16 HttpsProxyRelay::port() const { return m_server->serverPort(); }

QNetworkProxy HttpsProxyRelay::localProxy(const QString &user, const QString &password) const
{
    // Qt's defaults for an HttpProxy, as for an http:// proxy-url: CONNECT for https servers,
    // absolute-URI requests for plain http ones (both pass through the relay unchanged)
    return QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), port(), user, password);
}

} // namespace fc
