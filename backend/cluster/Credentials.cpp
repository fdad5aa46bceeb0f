#include "backend/cluster/Credentials.h"

#include "backend/cluster/PemCheck.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace fc {

namespace {

constexpr qsizetype kMaxStderrInMessage = 2000;

// Go's RFC3339Nano carries up to nine fractional digits; Qt's ISO parser wants at most three.
QDateTime parseRfc3339(QString text)
{
    static const QRegularExpression fraction(QStringLiteral("(\\.\\d{3})\\d+"));
    text.replace(fraction, QStringLiteral("\\1"));
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QString stderrTail(const QByteArray &err)
{
    QString text = QString::fromUtf8(err).trimmed();
    if (text.size() > kMaxStderrInMessage)
        text = QStringLiteral("…") + text.right(kMaxStderrInMessage);
    return text;
}

Result<QSslKey> opaqueKeyFromPem(const QByteArray &pem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), &BIO_free);
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
    ERR_clear_error();
    if (!key)
        return makeError(QStringLiteral("invalid PEM private key"));
    // QSslKey owns the handle from here on (Qt documents that it takes ownership).
    QSslKey qkey(reinterpret_cast<Qt::HANDLE>(key), QSsl::PrivateKey);
    if (qkey.isNull())
        return makeError(QStringLiteral("Qt's TLS backend cannot use this kind of private key"));
    return qkey;
}

} // namespace

Result<QList<QSslCertificate>> certificatesFromPem(const QByteArray &pem)
{
    if (const Result<int> check = pemcheck::checkCertificates(pem); !check)
        return check.error();
    QList<QSslCertificate> certs = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certs.isEmpty())
        return makeError(QStringLiteral("Qt's TLS backend could not load the certificate (is the OpenSSL TLS plugin installed?)"));
    return certs;
}

Result<QSslKey> privateKeyFromPem(const QByteArray &pem)
{
    const Result<pemcheck::KeyAlgorithm> alg = pemcheck::checkPrivateKey(pem);
    if (!alg)
        return alg.error();
    QSsl::KeyAlgorithm qtAlg = QSsl::Opaque;
    switch (*alg) {
    case pemcheck::KeyAlgorithm::Rsa: qtAlg = QSsl::Rsa; break;
    case pemcheck::KeyAlgorithm::Ec: qtAlg = QSsl::Ec; break;
    case pemcheck::KeyAlgorithm::Dsa: qtAlg = QSsl::Dsa; break;
    case pemcheck::KeyAlgorithm::Other: break;
    }
    if (qtAlg != QSsl::Opaque) {
        QSslKey key(pem, qtAlg, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    // Ed25519 and any PEM flavour Qt's decoder does not take: hand OpenSSL's own key to Qt.
    return opaqueKeyFromPem(pem);
}

QByteArray Credentials::authorizationHeader() const
{
    if (!bearerToken.isEmpty())
        return QByteArrayLiteral("Bearer ") + bearerToken.toUtf8();
    if (!username.isEmpty())
        return QByteArrayLiteral("Basic ") + (username + QLatin1Char(':') + password).toUtf8().toBase64();
    return {};
}

CredentialProvider::CredentialProvider(ResolvedContext context, Clock clock)
    : m_context(std::move(context)),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
}

void CredentialProvider::setExecTimeout(std::chrono::milliseconds timeout)
{
    QMutexLocker lock(&m_mutex);
    m_execTimeout = timeout;
}

void CredentialProvider::setRefreshMargin(std::chrono::seconds margin)
{
    QMutexLocker lock(&m_mutex);
    m_refreshMargin = margin;
}

void CredentialProvider::cancel()
{
    m_cancelled.store(true);
}

void CredentialProvider::invalidate()
{
    QMutexLocker lock(&m_mutex);
    m_exec.reset();
    m_fileToken.clear();
    m_fileTokenMtime = {};
    m_fileTokenSize = -1;
}

Result<Credentials> CredentialProvider::current()
{
    QMutexLocker lock(&m_mutex);
    Credentials out;

    if (!m_staticLoaded) {
        if (const Result<void> loaded = loadStaticCertificate(); !loaded)
            return loaded.error();
        m_staticLoaded = true;
    }
    out.clientCertificateChain = m_staticChain;
    out.clientKey = m_staticKey;

    // kubectl: a static token wins over tokenFile.
    if (!m_context.token.isEmpty()) {
        out.bearerToken = m_context.token;
    } else if (!m_context.tokenFile.isEmpty()) {
        const Result<QString> token = tokenFromFile();
        if (!token)
            return token.error();
        out.bearerToken = *token;
    }
    if (!m_context.username.isEmpty()) {
        out.username = m_context.username;
        out.password = m_context.password;
    }

    if (m_context.exec) {
        if (m_exec && m_exec->expiry.isValid()
            && m_clock() >= m_exec->expiry.addSecs(-qint64(m_refreshMargin.count())))
            m_exec.reset();
        if (!m_exec) {
            Result<ExecResult> ran = runExecPlugin();
            if (!ran)
                return ran.error();
            m_exec = std::move(ran).value();
        }
        if (!m_exec->token.isEmpty())
            out.bearerToken = m_exec->token;
        if (!m_exec->chain.isEmpty()) {
            out.clientCertificateChain = m_exec->chain;
            out.clientKey = m_exec->key;
        }
        out.expiry = m_exec->expiry;
    }
    return out;
}

Result<void> CredentialProvider::loadStaticCertificate()
{
    if (m_context.clientCertPem.isEmpty() || m_context.clientKeyPem.isEmpty())
        return {};
    const QString prefix = QStringLiteral("users[%1].user.").arg(m_context.userName);
    Result<QList<QSslCertificate>> chain = certificatesFromPem(m_context.clientCertPem);
    if (!chain) {
        Error e = chain.error();
        e.field = prefix + QStringLiteral("client-certificate");
        return e;
    }
    Result<QSslKey> key = privateKeyFromPem(m_context.clientKeyPem);
    if (!key) {
        Error e = key.error();
        e.field = prefix + QStringLiteral("client-key");
        return e;
    }
    m_staticChain = *chain;
    m_staticKey = *key;
    return {};
}

Result<QString> CredentialProvider::tokenFromFile()
{
    const QString path = m_context.tokenFile;
    const QString field = QStringLiteral("users[%1].user.tokenFile").arg(m_context.userName);
    auto fail = [&](const QString &message) {
        Error e = makeError(message, field);
        e.file = m_context.userSourceFile;
        return e;
    };
    // Tokens in files are rotated underneath us (projected service-account tokens); a stat per
    // request is cheap, a re-read only happens when the file changed.
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QStringLiteral("token file '%1' does not exist").arg(path));
    const QDateTime mtime = info.lastModified();
    const qint64 size = info.size();
    if (!m_fileToken.isEmpty() && mtime == m_fileTokenMtime && size == m_fileTokenSize)
        return m_fileToken;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read token file '%1': %2").arg(path, file.errorString()));
    const QString token = QString::fromUtf8(file.readAll()).trimmed();
    if (token.isEmpty())
        return fail(QStringLiteral("token file '%1' is empty").arg(path));
    m_fileToken = token;
    m_fileTokenMtime = mtime;
    m_fileTokenSize = size;
    return token;
}

QByteArray CredentialProvider::execInfoJson() const
{
    const ExecConfig &exec = *m_context.exec;
    QJsonObject spec{{QStringLiteral("interactive"), false}};
    if (exec.provideClusterInfo) {
        // Field names and omitempty behaviour of clientauthentication Cluster; Go encodes
        // []byte as base64, hence certificate-authority-data is base64 of the PEM.
        QJsonObject cluster{{QStringLiteral("server"), m_context.server.toString()}};
        if (!m_context.caPem.isEmpty())
            cluster.insert(QStringLiteral("certificate-authority-data"), QString::fromLatin1(m_context.caPem.toBase64()));
        if (!m_context.tlsServerName.isEmpty())
            cluster.insert(QStringLiteral("tls-server-name"), m_context.tlsServerName);
        if (m_context.insecureSkipTlsVerify)
            cluster.insert(QStringLiteral("insecure-skip-tls-verify"), true);
        if (!m_context.proxyUrl.isEmpty())
            cluster.insert(QStringLiteral("proxy-url"), m_context.proxyUrl.toString());
        if (m_context.disableCompression)
            cluster.insert(QStringLiteral("disable-compression"), true);
        spec.insert(QStringLiteral("cluster"), cluster);
    }
    const QJsonObject info{{QStringLiteral("apiVersion"), exec.apiVersion},
                           {QStringLiteral("kind"), QStringLiteral("ExecCredential")},
                           {QStringLiteral("spec"), spec}};
    return QJsonDocument(info).toJson(QJsonDocument::Compact);
}

Result<CredentialProvider::ExecResult> CredentialProvider::runExecPlugin()
{
    const ExecConfig &exec = *m_context.exec;
    const QString field = QStringLiteral("users[%1].user.exec").arg(m_context.userName);
    auto fail = [&](const QString &message) {
        Error e = makeError(message, field);
        e.file = m_context.userSourceFile;
        e.reason = QStringLiteral("ExecPluginFailed");
        return e;
    };
    const QString hint = exec.installHint.isEmpty() ? QString() : QLatin1Char('\n') + exec.installHint;

    if (m_cancelled.load())
        return fail(QStringLiteral("exec plugin '%1' not run: the connection is closing").arg(exec.command));
    if (exec.interactiveMode == QLatin1String("Always"))
        return fail(QStringLiteral("exec plugin '%1' requires an interactive terminal (interactiveMode: Always), "
                                   "but FedConsole runs plugins without one; log in with it in a terminal first "
                                   "or set interactiveMode to IfAvailable")
                        .arg(exec.command));

    QString program = exec.command;
    if (!program.contains(QLatin1Char('/')))
        program = QStandardPaths::findExecutable(program);
    const QFileInfo programInfo(program);
    if (program.isEmpty() || !programInfo.exists())
        return fail(QStringLiteral("exec plugin '%1' not found").arg(exec.command) + hint);
    if (!programInfo.isExecutable())
        return fail(QStringLiteral("exec plugin '%1' is not executable").arg(program) + hint);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const ExecEnvVar &var : exec.env)
        env.insert(var.name, var.value);
    env.insert(QStringLiteral("KUBERNETES_EXEC_INFO"), QString::fromUtf8(execInfoJson()));

    QProcess process;
    process.setProgram(program);
    process.setArguments(exec.args);
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice()); // non-interactive: no stdin at all

    // Blocking waits are deliberate: current() runs on a worker thread and must return a value.
    QElapsedTimer elapsed;
    elapsed.start();
    const int timeoutMs = int(m_execTimeout.count());
    process.start();
    if (!process.waitForStarted(timeoutMs))
        return fail(QStringLiteral("could not start exec plugin '%1': %2").arg(program, process.errorString()) + hint);
    // Waited for in slices: cancel() (the connection closing) ends the wait within one slice
    // instead of holding the worker thread, and the window, for the whole timeout.
    bool finished = false;
    while (!finished && !m_cancelled.load() && elapsed.elapsed() < timeoutMs)
        finished = process.waitForFinished(int(std::min<qint64>(50, std::max<qint64>(1, timeoutMs - elapsed.elapsed()))));
    if (!finished && m_cancelled.load()) {
        process.terminate(); // SIGTERM first: a plugin may clean up (a browser login, a lock file)
        if (!process.waitForFinished(300)) {
            process.kill();
            process.waitForFinished(1000);
        }
        return fail(QStringLiteral("exec plugin '%1' was cancelled: the connection closed").arg(exec.command));
    }
    if (!finished) {
        process.kill();
        process.waitForFinished(2000);
        QString message = QStringLiteral("exec plugin '%1' did not finish within %2 s").arg(exec.command).arg(timeoutMs / 1000.0);
        if (const QString err = stderrTail(process.readAllStandardError()); !err.isEmpty())
            message += QStringLiteral(": ") + err;
        return fail(message);
    }
    const QByteArray stdoutBytes = process.readAllStandardOutput();
    const QString err = stderrTail(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QString message = process.exitStatus() != QProcess::NormalExit
            ? QStringLiteral("exec plugin '%1' crashed").arg(exec.command)
            : QStringLiteral("exec plugin '%1' failed with exit code %2").arg(exec.command).arg(process.exitCode());
        if (!err.isEmpty())
            message += QStringLiteral(": ") + err;
        return fail(message);
    }

    auto parsed = parseExecCredential(stdoutBytes, exec.command, exec.apiVersion);
    if (!parsed)
        return fail(parsed.error().message);
    return parsed.value();
}

Result<ExecCredential> parseExecCredential(const QByteArray &stdoutBytes, const QString &command, const QString &apiVersion)
{
    auto fail = [](const QString &message) { return makeError(message); };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(stdoutBytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QStringLiteral("exec plugin '%1' did not print an ExecCredential as JSON (%2 at offset %3)")
                        .arg(command,
                             parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                          : QStringLiteral("not an object"))
                        .arg(parseError.offset));
    const QJsonObject obj = doc.object();
    const QString returned = obj.value(QStringLiteral("apiVersion")).toString();
    if (returned != apiVersion)
        return fail(QStringLiteral("exec plugin '%1' returned apiVersion '%2', expected '%3'")
                        .arg(command, returned, apiVersion));
    if (obj.value(QStringLiteral("kind")).toString() != QLatin1String("ExecCredential"))
        return fail(QStringLiteral("exec plugin '%1' returned kind '%2', expected 'ExecCredential'")
                        .arg(command, obj.value(QStringLiteral("kind")).toString()));
    const QJsonObject status = obj.value(QStringLiteral("status")).toObject();
    if (status.isEmpty())
        return fail(QStringLiteral("exec plugin '%1' returned an ExecCredential without status").arg(command));

    ExecCredential result;
    result.token = status.value(QStringLiteral("token")).toString();
    const QString certData = status.value(QStringLiteral("clientCertificateData")).toString();
    const QString keyData = status.value(QStringLiteral("clientKeyData")).toString();
    if (certData.isEmpty() != keyData.isEmpty())
        return fail(QStringLiteral("exec plugin '%1' returned %2 without %3")
                        .arg(command,
                             certData.isEmpty() ? QStringLiteral("clientKeyData") : QStringLiteral("clientCertificateData"),
                             certData.isEmpty() ? QStringLiteral("clientCertificateData") : QStringLiteral("clientKeyData")));
    if (result.token.isEmpty() && certData.isEmpty())
        return fail(QStringLiteral("exec plugin '%1' returned neither a token nor a client certificate").arg(command));
    if (!certData.isEmpty()) {
        Result<QList<QSslCertificate>> chain = certificatesFromPem(certData.toUtf8());
        if (!chain)
            return fail(QStringLiteral("exec plugin '%1' returned a bad clientCertificateData: %2")
                            .arg(command, chain.error().message));
        Result<QSslKey> key = privateKeyFromPem(keyData.toUtf8());
        if (!key)
            return fail(QStringLiteral("exec plugin '%1' returned a bad clientKeyData: %2").arg(command, key.error().message));
        if (!pemcheck::keyMatchesCertificate(certData.toUtf8(), keyData.toUtf8()))
            return fail(QStringLiteral("exec plugin '%1' returned a client key that does not belong to its certificate")
                            .arg(command));
        result.chain = *chain;
        result.key = *key;
    }
    const QString expiry = status.value(QStringLiteral("expirationTimestamp")).toString();
    if (!expiry.isEmpty()) {
        result.expiry = parseRfc3339(expiry);
        if (!result.expiry.isValid())
            return fail(QStringLiteral("exec plugin '%1' returned an expirationTimestamp that is not RFC 3339: '%2'")
                            .arg(command, expiry));
    }
    return result;
}

} // namespace fc
