#include "model/pki/CaStore.h"

#include "backend/pki/ExportFile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace fc {

namespace {

Result<QByteArray> readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Error e = makeError(QStringLiteral("cannot read: ") + f.errorString());
        e.file = path;
        return e;
    }
    return f.readAll();
}

Error withFile(Error e, const QString &path)
{
    if (e.file.isEmpty())
        e.file = path;
    return e;
}

} // namespace

// absolute: a relative data dir ("--data-dir d") would otherwise be taken relative to itself by
// ensureDir's relativeFilePath and land issued certificates in d/d/issued
CaStore::CaStore(QString dataDir) : m_dataDir(dataDir.isEmpty() ? QString() : QDir::cleanPath(QDir().absoluteFilePath(dataDir))) {}

Result<void> CaStore::validateName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!re.match(name).hasMatch())
        return makeError(QStringLiteral("invalid CA name \"%1\": use letters, digits, '.', '_' or '-' (max 64)").arg(name),
                         QStringLiteral("name"));
    return {};
}

QString CaStore::caDir(const QString &name) const
{
    return m_dataDir + QStringLiteral("/cas/") + name;
}

bool CaStore::contains(const QString &name) const
{
    return validateName(name).ok() && QFile::exists(caDir(name) + QStringLiteral("/ca.crt"));
}

Result<void> CaStore::ensureDir(const QString &path) const
{
    // create each missing level 0700 (the data dir itself included)
    const QString rel = QDir(m_dataDir).relativeFilePath(path);
    QStringList levels{m_dataDir};
    QString cur = m_dataDir;
    if (rel != QLatin1String(".")) {
        for (const QString &part : rel.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            cur += QLatin1Char('/') + part;
            levels << cur;
        }
    }
    for (const QString &dir : std::as_const(levels)) {
        if (QDir(dir).exists())
            continue;
        if (!QDir().mkpath(dir)) {
            Error e = makeError(QStringLiteral("cannot create directory"));
            e.file = dir;
            return e;
        }
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    return {};
}

Result<void> CaStore::checkCanSave(const QString &name, const QByteArray &passphrase) const
{
    if (passphrase.isEmpty()) {
        Error e = makeError(QStringLiteral("CA keys are always stored encrypted: a passphrase is required"),
                            QStringLiteral("passphrase"));
        e.reason = QStringLiteral("PassphraseRequired");
        return e;
    }
    if (auto v = validateName(name); !v)
        return v;
    if (contains(name)) {
        Error e = makeError(QStringLiteral("a CA named \"%1\" already exists").arg(name), QStringLiteral("name"));
        e.reason = QStringLiteral("AlreadyExists");
        return e;
    }
    return {};
}

Result<void> CaStore::save(const QString &name, const pki::CertificateAuthority &ca, const QByteArray &passphrase)
{
    if (auto c = checkCanSave(name, passphrase); !c)
        return c;
    auto keyPem = ca.key().toPem(passphrase, pki::KeyDerivation::Scrypt);
    if (!keyPem)
        return keyPem.error();
    QByteArray chainPem;
    for (const pki::Certificate &c : ca.chain())
        chainPem += c.toPem();
    if (auto d = ensureDir(m_dataDir + QStringLiteral("/cas")); !d)
        return d;
    return pki::writeExportFiles(caDir(name), {{QStringLiteral("ca.key"), keyPem.value(), 0600},
                                               {QStringLiteral("ca.crt"), chainPem, 0600}});
}

Result<CaStore::Entry> CaStore::entry(const QString &name) const
{
    if (auto v = validateName(name); !v)
        return v.error();
    const QString path = caDir(name) + QStringLiteral("/ca.crt");
    if (!QFile::exists(path)) {
        Error e = makeError(QStringLiteral("no CA named \"%1\"").arg(name), QStringLiteral("name"));
        e.reason = QStringLiteral("NotFound");
        return e;
    }
    auto pem = readAll(path);
    if (!pem)
        return pem.error();
    auto certs = pki::Certificate::listFromPem(pem.value());
    if (!certs)
        return withFile(certs.error(), path);
    Entry e;
    e.name = name;
    e.certificate = certs->takeFirst();
    e.issuers = certs.value();
    return e;
}

QStringList CaStore::caNames() const
{
    QStringList names = QDir(m_dataDir + QStringLiteral("/cas")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    // "old copy", lost+found, a folder without ca.crt: no CA of ours
    names.removeIf([this](const QString &name) { return !contains(name); });
    return names;
}

Result<QList<CaStore::Entry>> CaStore::list() const
{
    QList<Entry> out;
    for (const QString &name : caNames()) {
        auto e = entry(name);
        if (!e)
            return e.error();
        out << std::move(e).value();
    }
    return out;
}

QList<CaStore::Entry> CaStore::readableEntries(QStringList *problems) const
{
    QList<Entry> out;
    for (const QString &name : caNames()) {
        auto e = entry(name);
        if (e)
            out << std::move(e).value();
        else if (problems)
            *problems << e.error().toString();
    }
    return out;
}

Result<pki::CertificateAuthority> CaStore::createRoot(const QString &name, const pki::CaRequest &request,
                                                      const QByteArray &passphrase, const pki::Clock &clock)
{
    if (auto c = checkCanSave(name, passphrase); !c) // before spending time on key generation
        return c.error();
    auto ca = pki::CertificateAuthority::createRoot(request, clock);
    if (!ca)
        return ca.error();
    if (auto s = save(name, ca.value(), passphrase); !s)
        return s.error();
    return ca;
}

Result<pki::CertificateAuthority> CaStore::createIntermediate(const QString &parentName, const QByteArray &parentPassphrase,
                                                              const QString &name, const pki::CaRequest &request,
                                                              const QByteArray &passphrase, const pki::Clock &clock)
{
    if (auto c = checkCanSave(name, passphrase); !c)
        return c.error();
    auto parent = load(parentName, parentPassphrase);
    if (!parent)
        return parent.error();
    auto ca = parent->createIntermediate(request, clock);
    if (!ca)
        return ca.error();
    if (auto s = save(name, ca.value(), passphrase); !s)
        return s.error();
    return ca;
}

Result<pki::CertificateAuthority> CaStore::importCa(const QString &name, const QByteArray &certPem, const QByteArray &keyPem,
                                                    const QByteArray &keyPassphrase, const QByteArray &storePassphrase)
{
    if (auto c = checkCanSave(name, storePassphrase); !c)
        return c.error();
    auto ca = pki::CertificateAuthority::fromPem(certPem, keyPem, keyPassphrase);
    if (!ca)
        return ca.error();
    if (auto s = save(name, ca.value(), storePassphrase); !s)
        return s.error();
    return ca;
}

Result<pki::CertificateAuthority> CaStore::load(const QString &name, const QByteArray &passphrase) const
{
    auto e = entry(name);
    if (!e)
        return e.error();
    const QString keyPath = caDir(name) + QStringLiteral("/ca.key");
    auto keyPem = readAll(keyPath);
    if (!keyPem)
        return keyPem.error();
    auto key = pki::PrivateKey::fromPem(keyPem.value(), passphrase);
    if (!key)
        return withFile(key.error(), keyPath);
    if (auto m = e->certificate.checkPrivateKey(key.value()); !m)
        return withFile(m.error(), keyPath);
    return pki::CertificateAuthority(e->certificate, std::move(key).value(), e->issuers);
}

Result<void> CaStore::addIssued(const pki::Certificate &certificate)
{
    const QString dir = m_dataDir + QStringLiteral("/issued");
    if (auto d = ensureDir(dir); !d)
        return d;
    return pki::writeFileAtomically(dir + QLatin1Char('/') + certificate.serialHex() + QStringLiteral(".crt"),
                                    certificate.toPem(), 0600);
}

Result<QList<pki::Certificate>> CaStore::issued() const
{
    QList<pki::Certificate> out;
    const QDir dir(m_dataDir + QStringLiteral("/issued"));
    for (const QString &f : dir.entryList({QStringLiteral("*.crt")}, QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(f);
        auto pem = readAll(path);
        if (!pem)
            return pem.error();
        auto c = pki::Certificate::fromPem(pem.value());
        if (!c)
            return withFile(c.error(), path);
        out << c.value();
    }
    return out;
}

QList<pki::Certificate> CaStore::caCertificates() const
{
    // One CA by one: a damaged CA (which list() reports) must not make every other CA's chain
    // look unverified.
    QList<pki::Certificate> out;
    for (const Entry &e : readableEntries()) {
        for (const pki::Certificate &c : QList<pki::Certificate>{e.certificate} + e.issuers) {
            if (!out.contains(c))
                out << c;
        }
    }
    return out;
}

} // namespace fc
