#include "cli/CertCommand.h"

#include "cli/CliSupport.h"

#include "backend/pki/ExportFile.h"
#include "backend/pki/FrameworkPresets.h"
#include "model/pki/CaStore.h"
#include "model/pki/CertificateInventory.h"

#include <QFile>
#include <QHash>
#include <QStandardPaths>

namespace fc::cli {

namespace {

const char kCertUsage[] = R"(usage: fedconsole-cli cert [--data-dir DIR] [--passphrase-file FILE] COMMAND ...

Commands:
  ca create NAME --cn CN [--org O] [--ou OU] [--country C] [--state ST] [--locality L]
            [--key-type T] [--days N] [--pathlen N] [--parent CA [--parent-passphrase-file F]]
  ca list
  ca import NAME --cert FILE --key FILE [--key-passphrase-file FILE]
  issue --ca NAME --cn CN --out DIR [--name BASE] [--org O] [--ou OU] [--san NAME|IP]...
        [--usage server|client|both] [--key-type T] [--days N]
  sign-csr --ca NAME --csr FILE --out FILE [--usage server|client|both] [--days N]
  list
  export --ca NAME --format FORMAT --out DIR [options]
     pem | p12 (--cn CN [--san ...] [--usage U] [--name BASE] [--p12-passphrase-file F])
     flare (--kind server|client|admin --name NAME --org ORG [--role R] [--san HOST]...)
     openfl-director (--domain D) | openfl-envoy (--name NAME) | openfl-notebook [--name NAME]
     fate-eggroll | fate-pulsar (--party-id ID --domain D) | fate-traffic-server (--domain D)

Key types: rsa2048 rsa3072 rsa4096 ec-p256 ec-p384 ed25519.
The CA passphrase comes from --passphrase-file or FEDCONSOLE_CA_PASSPHRASE; a .p12 passphrase from
--p12-passphrase-file or FEDCONSOLE_P12_PASSPHRASE. Keys are never read from the command line.
Exit codes: 0 success, 1 usage error, 2 runtime error.
)";

constexpr int kOk = 0;
constexpr int kUsage = 1;
constexpr int kFailed = kExitFailed;

/// --name value pairs (repeatable ones collected in order) and positionals.
struct Parsed {
    QHash<QString, QStringList> options;
    QStringList positional;
    QString error;

    QString value(const QString &name) const { return options.value(name).value(0); }
    QStringList values(const QString &name) const { return options.value(name); }
    bool has(const QString &name) const { return options.contains(name); }
};

Parsed parse(const QStringList &args, const QStringList &known)
{
    Parsed p;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (!a.startsWith(QLatin1String("--"))) {
            p.positional << a;
            continue;
        }
        QString name = a.mid(2);
        QString value;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        } else if (i + 1 < args.size()) {
            value = args[++i];
        } else {
            p.error = QStringLiteral("option --%1 needs a value").arg(name);
            return p;
        }
        if (!known.contains(name)) {
            p.error = QStringLiteral("unknown option --%1").arg(name);
            return p;
        }
        p.options[name] << value;
    }
    return p;
}

int usageError(QTextStream &err, const QString &message)
{
    err << "error: " << message << "\n\n" << kCertUsage;
    err.flush();
    return kUsage;
}


/// A passphrase from a file (first line) or an environment variable; empty if neither is given.
Result<QByteArray> passphrase(const QString &file, const char *envVar)
{
    if (!file.isEmpty()) {
        auto data = readFile(file);
        if (!data)
            return data.error();
        QByteArray line = data->split('\n').value(0);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            Error e = makeError(QStringLiteral("passphrase file is empty"));
            e.file = file;
            return e;
        }
        return line;
    }
    return qgetenv(envVar);
}

Result<QByteArray> requirePassphrase(const QString &file, const char *envVar, const QString &what)
{
    auto p = passphrase(file, envVar);
    if (p && p->isEmpty())
        return makeError(QStringLiteral("%1 passphrase needed: use --passphrase-file or %2")
                             .arg(what, QString::fromLatin1(envVar)));
    return p;
}

Result<pki::KeyType> keyType(const Parsed &p, pki::KeyType fallback)
{
    if (!p.has(QStringLiteral("key-type")))
        return fallback;
    if (auto t = pki::keyTypeFromName(p.value(QStringLiteral("key-type"))))
        return *t;
    return makeError(QStringLiteral("unknown key type \"%1\"").arg(p.value(QStringLiteral("key-type"))), QStringLiteral("--key-type"));
}

Result<int> intOption(const Parsed &p, const QString &name, int fallback)
{
    if (!p.has(name))
        return fallback;
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok)
        return makeError(QStringLiteral("--%1 needs a number, got \"%2\"").arg(name, p.value(name)), QLatin1String("--") + name);
    return v;
}

Result<pki::LeafUsage> usageOption(const Parsed &p, pki::LeafUsage fallback)
{
    if (!p.has(QStringLiteral("usage")))
        return fallback;
    if (auto u = pki::leafUsageFromName(p.value(QStringLiteral("usage"))))
        return *u;
    return makeError(QStringLiteral("--usage must be server, client or both"), QStringLiteral("--usage"));
}

pki::DistinguishedName subjectFrom(const Parsed &p)
{
    pki::DistinguishedName dn;
    dn.commonName = p.value(QStringLiteral("cn"));
    dn.organization = p.value(QStringLiteral("org"));
    dn.organizationalUnit = p.value(QStringLiteral("ou"));
    dn.country = p.value(QStringLiteral("country"));
    dn.state = p.value(QStringLiteral("state"));
    dn.locality = p.value(QStringLiteral("locality"));
    return dn;
}

/// --san values: DNS names, IPs, e-mail addresses and URIs, with or without openssl's prefixes.
Result<pki::SubjectAltNames> sansFrom(const QStringList &values)
{
    pki::SubjectAltNames sans;
    for (const QString &v : values) {
        if (auto a = pki::addSubjectAltName(sans, v); !a)
            return a.error();
    }
    return sans;
}

struct Context {
    CaStore store;
    QString passphraseFile;
    QTextStream &out;
    QTextStream &err;
};

Result<pki::CertificateAuthority> loadCa(Context &ctx, const QString &name)
{
    if (name.isEmpty())
        return makeError(QStringLiteral("--ca NAME is required"), QStringLiteral("--ca"));
    auto pass = requirePassphrase(ctx.passphraseFile, "FEDCONSOLE_CA_PASSPHRASE", QStringLiteral("CA"));
    if (!pass)
        return pass.error();
    return ctx.store.load(name, pass.value());
}

void printIssued(QTextStream &out, const pki::Certificate &c)
{
    const pki::CertificateInfo i = c.info();
    out << "subject:     " << i.subject << '\n'
        << "issuer:      " << i.issuer << '\n'
        << "serial:      " << i.serialHex << '\n'
        << "not after:   " << i.notAfter.toString(Qt::ISODate) << '\n'
        << "sha256:      " << i.sha256Fingerprint << '\n';
    if (!i.sans.isEmpty())
        out << "SANs:        " << i.sans.toString() << '\n';
}

int writeFiles(Context &ctx, const QString &dir, const Result<QList<pki::ExportFile>> &files)
{
    if (!files)
        return failure(ctx.err, files.error());
    if (auto w = pki::writeExportFiles(dir, files.value()); !w)
        return failure(ctx.err, w.error());
    for (const pki::ExportFile &f : files.value())
        ctx.out << "wrote " << dir << '/' << f.name << '\n';
    return kOk;
}

int caCreate(Context &ctx, const QStringList &args)
{
    const Parsed p = parse(args, {QStringLiteral("cn"), QStringLiteral("org"), QStringLiteral("ou"), QStringLiteral("country"),
                                  QStringLiteral("state"), QStringLiteral("locality"), QStringLiteral("key-type"), QStringLiteral("days"),
                                  QStringLiteral("pathlen"), QStringLiteral("parent"), QStringLiteral("parent-passphrase-file")});
    if (!p.error.isEmpty())
        return usageError(ctx.err, p.error);
    if (p.positional.size() != 1)
        return usageError(ctx.err, QStringLiteral("ca create needs exactly one NAME"));
    if (!p.has(QStringLiteral("cn")))
        return usageError(ctx.err, QStringLiteral("ca create needs --cn"));
    pki::CaRequest req;
    req.subject = subjectFrom(p);
    auto kt = keyType(p, pki::KeyType::EcP384);
    auto days = intOption(p, QStringLiteral("days"), 3650);
    auto pathlen = intOption(p, QStringLiteral("pathlen"), -1);
    if (!kt || !days || !pathlen)
        return usageError(ctx.err, (!kt ? kt.error() : !days ? days.error() : pathlen.error()).message);
    req.keyType = kt.value();
    req.validityDays = days.value();
    req.pathLength = pathlen.value();
    auto pass = requirePassphrase(ctx.passphraseFile, "FEDCONSOLE_CA_PASSPHRASE", QStringLiteral("CA"));
    if (!pass)
        return failure(ctx.err, pass.error());
    Result<pki::CertificateAuthority> ca = makeError(QString());
    if (p.has(QStringLiteral("parent"))) {
        auto parentPass = p.has(QStringLiteral("parent-passphrase-file"))
            ? requirePassphrase(p.value(QStringLiteral("parent-passphrase-file")), "FEDCONSOLE_CA_PASSPHRASE", QStringLiteral("parent CA"))
            : Result<QByteArray>(pass.value());
        if (!parentPass)
            return failure(ctx.err, parentPass.error());
        ca = ctx.store.createIntermediate(p.value(QStringLiteral("parent")), parentPass.value(), p.positional.first(), req, pass.value());
    } else {
        ca = ctx.store.createRoot(p.positional.first(), req, pass.value());
    }
    if (!ca)
        return failure(ctx.err, ca.error());
    ctx.out << "created CA " << p.positional.first() << '\n';
    printIssued(ctx.out, ca->certificate());
    return kOk;
}

int caList(Context &ctx, const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(ctx.err, QStringLiteral("ca list takes no arguments"));
    auto list = ctx.store.list();
    if (!list)
        return failure(ctx.err, list.error());
    ctx.out << QStringLiteral("%1  %2  %3  %4\n").arg(QStringLiteral("NAME"), -20).arg(QStringLiteral("SUBJECT"), -40).arg(QStringLiteral("NOT-AFTER"), -20).arg(QStringLiteral("PATH"));
    for (const CaStore::Entry &e : list.value()) {
        const pki::CertificateInfo i = e.certificate.info();
        ctx.out << QStringLiteral("%1  %2  %3  %4\n")
                       .arg(e.name, -20)
                       .arg(i.subject, -40)
                       .arg(i.notAfter.toString(Qt::ISODate), -20)
                       .arg(e.issuers.isEmpty() ? QStringLiteral("root") : QStringLiteral("intermediate"));
    }
    return kOk;
}

int caImport(Context &ctx, const QStringList &args)
{
    const Parsed p = parse(args, {QStringLiteral("cert"), QStringLiteral("key"), QStringLiteral("key-passphrase-file")});
    if (!p.error.isEmpty())
        return usageError(ctx.err, p.error);
    if (p.positional.size() != 1 || !p.has(QStringLiteral("cert")) || !p.has(QStringLiteral("key")))
        return usageError(ctx.err, QStringLiteral("ca import needs NAME --cert FILE --key FILE"));
    auto cert = readFile(p.value(QStringLiteral("cert")));
    if (!cert)
        return failure(ctx.err, cert.error());
    auto key = readFile(p.value(QStringLiteral("key")));
    if (!key)
        return failure(ctx.err, key.error());
    QByteArray keyPass;
    if (p.has(QStringLiteral("key-passphrase-file"))) {
        auto kp = passphrase(p.value(QStringLiteral("key-passphrase-file")), "");
        if (!kp)
            return failure(ctx.err, kp.error());
        keyPass = kp.value();
    }
    auto pass = requirePassphrase(ctx.passphraseFile, "FEDCONSOLE_CA_PASSPHRASE", QStringLiteral("CA"));
    if (!pass)
        return failure(ctx.err, pass.error());
    auto ca = ctx.store.importCa(p.positional.first(), cert.value(), key.value(), keyPass, pass.value());
    if (!ca) {
        Error e = ca.error();
        if (e.file.isEmpty() && e.reason != QLatin1String("AlreadyExists"))
            e.file = e.reason == QLatin1String("WrongPassphrase") || e.reason == QLatin1String("PassphraseRequired")
                ? p.value(QStringLiteral("key"))
                : QString();
        return failure(ctx.err, e);
    }
    ctx.out << "imported CA " << p.positional.first() << '\n';
    printIssued(ctx.out, ca->certificate());
    return kOk;
}

const QStringList kLeafOptions{QStringLiteral("ca"), QStringLiteral("cn"), QStringLiteral("org"), QStringLiteral("ou"),
                               QStringLiteral("country"), QStringLiteral("state"), QStringLiteral("locality"), QStringLiteral("san"),
                               QStringLiteral("usage"), QStringLiteral("key-type"), QStringLiteral("days"), QStringLiteral("out"),
                               QStringLiteral("name")};

int issue(Context &ctx, const QStringList &args)
{
    const Parsed p = parse(args, kLeafOptions);
    if (!p.error.isEmpty())
        return usageError(ctx.err, p.error);
    if (!p.positional.isEmpty() || !p.has(QStringLiteral("ca")) || !p.has(QStringLiteral("cn")) || !p.has(QStringLiteral("out")))
        return usageError(ctx.err, QStringLiteral("issue needs --ca NAME --cn CN --out DIR"));
    pki::LeafRequest req;
    req.subject = subjectFrom(p);
    auto sans = sansFrom(p.values(QStringLiteral("san")));
    if (!sans)
        return failure(ctx.err, sans.error()); // before the CA is unlocked: nothing is written
    req.sans = sans.value();
    auto kt = keyType(p, pki::KeyType::EcP256);
    auto days = intOption(p, QStringLiteral("days"), 365);
    auto usage = usageOption(p, pki::LeafUsage::Server);
    if (!kt || !days || !usage)
        return usageError(ctx.err, (!kt ? kt.error() : !days ? days.error() : usage.error()).message);
    req.keyType = kt.value();
    req.validityDays = days.value();
    req.usage = usage.value();
    auto ca = loadCa(ctx, p.value(QStringLiteral("ca")));
    if (!ca)
        return failure(ctx.err, ca.error());
    auto issued = ca->issue(req);
    if (!issued)
        return failure(ctx.err, issued.error());
    const QString base = p.has(QStringLiteral("name")) ? p.value(QStringLiteral("name")) : QStringLiteral("tls");
    if (int rc = writeFiles(ctx, p.value(QStringLiteral("out")), pki::presets::pemFiles(issued.value(), base)); rc != kOk)
        return rc;
    // the files are written: a failed inventory record is a warning, not a failure
    if (auto a = ctx.store.addIssued(issued->certificate); !a)
        ctx.err << "warning: not recorded in the inventory: " << a.error().toString() << '\n';
    printIssued(ctx.out, issued->certificate);
    return kOk;
}

int signCsr(Context &ctx, const QStringList &args)
{
    const Parsed p = parse(args, {QStringLiteral("ca"), QStringLiteral("csr"), QStringLiteral("out"), QStringLiteral("usage"), QStringLiteral("days")});
    if (!p.error.isEmpty())
        return usageError(ctx.err, p.error);
    if (!p.positional.isEmpty() || !p.has(QStringLiteral("ca")) || !p.has(QStringLiteral("csr")) || !p.has(QStringLiteral("out")))
        return usageError(ctx.err, QStringLiteral("sign-csr needs --ca NAME --csr FILE --out FILE"));
    auto days = intOption(p, QStringLiteral("days"), 365);
    auto usage = usageOption(p, pki::LeafUsage::Server);
    if (!days || !usage)
        return usageError(ctx.err, (!days ? days.error() : usage.error()).message);
    auto pem = readFile(p.value(QStringLiteral("csr")));
    if (!pem)
        return failure(ctx.err, pem.error());
    auto csr = pki::CertificateRequest::fromPem(pem.value());
    if (!csr) {
        Error e = csr.error();
        e.file = p.value(QStringLiteral("csr"));
        return failure(ctx.err, e);
    }
    ctx.out << "request subject: " << csr->subject() << '\n';
    if (!csr->subjectAltNames().isEmpty())
        ctx.out << "request SANs:    " << csr->subjectAltNames().toString() << '\n';
    auto ca = loadCa(ctx, p.value(QStringLiteral("ca")));
    if (!ca)
        return failure(ctx.err, ca.error());
    auto cert = ca->signRequest(csr.value(), usage.value(), days.value());
    if (!cert) {
        Error e = cert.error();
        if (e.file.isEmpty())
            e.file = p.value(QStringLiteral("csr"));
        return failure(ctx.err, e);
    }
    QByteArray chain = cert->toPem();
    const QList<pki::Certificate> caChain = ca->chain();
    for (qsizetype i = 0; i + 1 < caChain.size(); ++i) // intermediates, not the root
        chain += caChain[i].toPem();
    if (auto w = pki::writeFileAtomically(p.value(QStringLiteral("out")), chain, 0644); !w)
        return failure(ctx.err, w.error());
    if (auto a = ctx.store.addIssued(cert.value()); !a)
        ctx.err << "warning: not recorded in the inventory: " << a.error().toString() << '\n';
    ctx.out << "wrote " << p.value(QStringLiteral("out")) << '\n';
    printIssued(ctx.out, cert.value());
    return kOk;
}

int list(Context &ctx, const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(ctx.err, QStringLiteral("list takes no arguments"));
    // the same model the GUI shows, so the columns match
    CertificateInventory model(pki::Clock::system());
    if (auto l = model.loadFrom(ctx.store); !l)
        return failure(ctx.err, l.error());
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header << model.headerData(c, Qt::Horizontal).toString().toUpper();
    ctx.out << header.join(QLatin1Char('\t')) << '\n';
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells << model.index(r, c).data().toString();
        ctx.out << cells.join(QLatin1Char('\t')) << '\n';
    }
    return kOk;
}

int exportCommand(Context &ctx, const QStringList &args)
{
    QStringList known = kLeafOptions;
    known << QStringLiteral("format") << QStringLiteral("kind") << QStringLiteral("role") << QStringLiteral("domain")
          << QStringLiteral("party-id") << QStringLiteral("p12-passphrase-file");
    const Parsed p = parse(args, known);
    if (!p.error.isEmpty())
        return usageError(ctx.err, p.error);
    const QString format = p.value(QStringLiteral("format"));
    const QString outDir = p.value(QStringLiteral("out"));
    if (!p.positional.isEmpty() || format.isEmpty() || outDir.isEmpty() || !p.has(QStringLiteral("ca")))
        return usageError(ctx.err, QStringLiteral("export needs --ca NAME --format FORMAT --out DIR"));
    auto kt = keyType(p, format == QLatin1String("pem") || format == QLatin1String("p12") ? pki::KeyType::EcP256 : pki::KeyType::Rsa2048);
    auto days = intOption(p, QStringLiteral("days"), format == QLatin1String("flare") ? 360 : 365);
    auto usage = usageOption(p, pki::LeafUsage::Server);
    if (!kt || !days || !usage)
        return usageError(ctx.err, (!kt ? kt.error() : !days ? days.error() : usage.error()).message);
    const QString name = p.value(QStringLiteral("name"));
    const QString domain = p.value(QStringLiteral("domain"));
    const QString partyId = p.value(QStringLiteral("party-id"));

    // usage checks before asking for the CA passphrase
    QByteArray p12Pass;
    if (format == QLatin1String("pem") || format == QLatin1String("p12")) {
        if (!p.has(QStringLiteral("cn")))
            return usageError(ctx.err, QStringLiteral("--format %1 needs --cn").arg(format));
        if (format == QLatin1String("p12")) {
            auto pp = passphrase(p.value(QStringLiteral("p12-passphrase-file")), "FEDCONSOLE_P12_PASSPHRASE");
            if (!pp)
                return failure(ctx.err, pp.error());
            if (pp->isEmpty())
                return usageError(ctx.err, QStringLiteral("--format p12 needs --p12-passphrase-file or FEDCONSOLE_P12_PASSPHRASE"));
            p12Pass = pp.value();
        }
    } else if (format == QLatin1String("flare")) {
        if (name.isEmpty() || !p.has(QStringLiteral("kind")))
            return usageError(ctx.err, QStringLiteral("--format flare needs --kind server|client|admin --name NAME"));
    } else if (format == QLatin1String("openfl-director") || format == QLatin1String("fate-traffic-server")) {
        if (domain.isEmpty())
            return usageError(ctx.err, QStringLiteral("--format %1 needs --domain").arg(format));
    } else if (format == QLatin1String("openfl-envoy")) {
        if (name.isEmpty())
            return usageError(ctx.err, QStringLiteral("--format openfl-envoy needs --name ENVOY"));
    } else if (format == QLatin1String("fate-eggroll") || format == QLatin1String("fate-pulsar")) {
        if (domain.isEmpty() || partyId.isEmpty())
            return usageError(ctx.err, QStringLiteral("--format %1 needs --party-id and --domain").arg(format));
    } else if (format != QLatin1String("openfl-notebook")) {
        return usageError(ctx.err, QStringLiteral("unknown format \"%1\"").arg(format));
    }

    auto ca = loadCa(ctx, p.value(QStringLiteral("ca")));
    if (!ca)
        return failure(ctx.err, ca.error());
    const pki::Clock &clock = pki::Clock::system();
    Result<QList<pki::ExportFile>> files = makeError(QString());
    QList<pki::Certificate> leaves; // issued certificates to record for `cert list`
    if (format == QLatin1String("pem") || format == QLatin1String("p12")) {
        pki::LeafRequest req;
        req.subject = subjectFrom(p);
        auto sans = sansFrom(p.values(QStringLiteral("san")));
        if (!sans)
            return failure(ctx.err, sans.error());
        req.sans = sans.value();
        req.keyType = kt.value();
        req.validityDays = days.value();
        req.usage = usage.value();
        auto issued = ca->issue(req, clock);
        if (!issued)
            return failure(ctx.err, issued.error());
        leaves << issued->certificate;
        const QString base = name.isEmpty() ? QStringLiteral("tls") : name;
        files = format == QLatin1String("pem") ? pki::presets::pemFiles(issued.value(), base)
                                               : pki::presets::pkcs12File(issued.value(), base, p12Pass);
    } else if (format == QLatin1String("flare")) {
        pki::presets::FlareParticipant part;
        const QString kind = p.value(QStringLiteral("kind"));
        if (kind == QLatin1String("server"))
            part.kind = pki::presets::FlareKind::Server;
        else if (kind == QLatin1String("client"))
            part.kind = pki::presets::FlareKind::Client;
        else if (kind == QLatin1String("admin"))
            part.kind = pki::presets::FlareKind::Admin;
        else
            return usageError(ctx.err, QStringLiteral("--kind must be server, client or admin"));
        part.name = name;
        part.org = p.value(QStringLiteral("org"));
        part.role = p.value(QStringLiteral("role"));
        part.hostNames = p.values(QStringLiteral("san"));
        files = pki::presets::flareKit(ca.value(), part, clock, kt.value(), days.value());
    } else if (format == QLatin1String("openfl-director")) {
        files = pki::presets::openflDirector(ca.value(), domain, clock, kt.value(), days.value());
    } else if (format == QLatin1String("openfl-envoy")) {
        files = pki::presets::openflEnvoy(ca.value(), name, clock, kt.value(), days.value());
    } else if (format == QLatin1String("openfl-notebook")) {
        files = pki::presets::openflNotebook(ca.value(), name.isEmpty() ? QStringLiteral("notebook") : name, clock, kt.value(), days.value());
    } else if (format == QLatin1String("fate-eggroll")) {
        files = pki::presets::fateEggroll(ca.value(), partyId, domain, clock, kt.value(), days.value());
    } else if (format == QLatin1String("fate-pulsar")) {
        files = pki::presets::fatePulsar(ca.value(), partyId, domain, clock, kt.value(), days.value());
    } else if (format == QLatin1String("fate-traffic-server")) {
        files = pki::presets::fateTrafficServer(ca.value(), domain, clock, kt.value(), days.value());
    }
    if (int rc = writeFiles(ctx, outDir, files); rc != kOk)
        return rc;
    // record the issued leaf certificates (public) for `cert list`; presets: every non-CA cert file
    for (const pki::ExportFile &f : files.value()) {
        if (f.mode == 0600)
            continue;
        if (auto c = pki::Certificate::fromPem(f.data); c && !c->isCA() && !leaves.contains(c.value()))
            leaves << c.value();
    }
    for (const pki::Certificate &c : std::as_const(leaves)) {
        if (auto a = ctx.store.addIssued(c); !a)
            return failure(ctx.err, a.error());
    }
    return kOk;
}

} // namespace

int runCertCommand(const QStringList &argsIn, QTextStream &out, QTextStream &err)
{
    QStringList args = argsIn;
    QString dataDir;
    QString passphraseFile;
    // global options may come before the subcommand
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--help") || opt == QLatin1String("-h")) {
            out << kCertUsage;
            return kOk;
        }
        if (args.isEmpty())
            return usageError(err, QStringLiteral("option %1 needs a value").arg(opt));
        if (opt == QLatin1String("--data-dir"))
            dataDir = args.takeFirst();
        else if (opt == QLatin1String("--passphrase-file"))
            passphraseFile = args.takeFirst();
        else
            return usageError(err, QStringLiteral("unknown option %1").arg(opt));
    }
    // … or anywhere after it
    for (qsizetype i = 0; i + 1 < args.size();) {
        if (args[i] == QLatin1String("--data-dir")) {
            dataDir = args[i + 1];
            args.remove(i, 2);
        } else if (args[i] == QLatin1String("--passphrase-file")) {
            passphraseFile = args[i + 1];
            args.remove(i, 2);
        } else {
            ++i;
        }
    }
    if (args.isEmpty())
        return usageError(err, QStringLiteral("missing cert command"));
    if (dataDir.isEmpty())
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/pki");
    Context ctx{CaStore(dataDir), passphraseFile, out, err};
    const QString cmd = args.takeFirst();
    int rc = kUsage;
    if (cmd == QLatin1String("ca")) {
        const QString sub = args.isEmpty() ? QString() : args.takeFirst();
        if (sub == QLatin1String("create"))
            rc = caCreate(ctx, args);
        else if (sub == QLatin1String("list"))
            rc = caList(ctx, args);
        else if (sub == QLatin1String("import"))
            rc = caImport(ctx, args);
        else
            rc = usageError(err, QStringLiteral("ca needs create, list or import"));
    } else if (cmd == QLatin1String("issue")) {
        rc = issue(ctx, args);
    } else if (cmd == QLatin1String("sign-csr")) {
        rc = signCsr(ctx, args);
    } else if (cmd == QLatin1String("list")) {
        rc = list(ctx, args);
    } else if (cmd == QLatin1String("export")) {
        rc = exportCommand(ctx, args);
    } else if (cmd == QLatin1String("help")) {
        out << kCertUsage;
        rc = kOk;
    } else {
        rc = usageError(err, QStringLiteral("unknown cert command \"%1\"").arg(cmd));
    }
    out.flush();
    err.flush();
    return rc;
}

} // namespace fc::cli
