#include "cli/CertClusterCommand.h"

#include "cli/CliSupport.h"

#include "cli/ClusterSession.h"
#include "cli/TextTable.h"
#include "model/pki/CaStore.h"
#include "model/pki/CertificateSecrets.h"
#include "model/pki/ClusterCertificateModel.h"

#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QStandardPaths>
#include <QTimer>

namespace fc::cli {

namespace {

const char kUsage[] = R"(usage: fedconsole-cli [--kubeconfig FILE] [--context NAME] cert COMMAND ...

Certificates in cluster Secrets:
  list --cluster [-n NS | -A] [-o wide]
        every certificate in kubernetes.io/tls and generic secrets: expiry, chain (against the
        CAs of the local store), and the pods that mount the secret
  deploy --cert FILE --key FILE [--ca FILE] --secret NAME [-n NS] [--type tls|generic]
        [--preset ID] [--key-names cert=server.crt,key=server.key,ca=rootCA.pem] [--dry-run] [--force]
        writes the secret by server-side apply (field manager "fedconsole"); --dry-run prints the
        manifest (private key redacted) and lets the server validate it without writing
  renew-secret SECRET [-n NS] --ca CA_NAME [--new-key | --same-key] [--key-type T] [--days N]
        [--cert-key KEY] [--reissue]
        renews the certificate a secret holds with a CA of the local store (same subject and SANs)
        and updates exactly its keys, refusing if the secret changed meanwhile; the new key has the
        old key's type unless --key-type says otherwise; a CA that did not issue the certificate is
        refused unless --reissue (the party's peers must then trust that CA's root)

Presets: %1.
The CA passphrase comes from --passphrase-file or FEDCONSOLE_CA_PASSPHRASE; --data-dir selects the
CA store. Exit codes: 0 success, 1 usage error, 2 runtime error.
)";

constexpr int kOk = 0;
constexpr int kUsageError = 1;
constexpr int kFailed = kExitFailed;
constexpr int kTimeoutMs = 60000;

QString usageText()
{
    QStringList ids;
    for (const SecretKeyPreset &p : secretKeyPresets())
        ids << p.id;
    return QString::fromLatin1(kUsage).arg(ids.join(QStringLiteral(", ")));
}

/// Options with values, flags, positionals. `-n` and `--namespace` are the same option.
struct Args {
    QHash<QString, QString> values;
    QStringList flags;
    QStringList positional;
    QString error;
    QString value(const QString &n) const { return values.value(n); }
    bool has(const QString &n) const { return values.contains(n) || flags.contains(n); }
};

Args parseArgs(const QStringList &args, const QStringList &withValue, const QStringList &flags)
{
    Args a;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString name = args[i];
        if (name == u"-n")
            name = QStringLiteral("--namespace");
        if (name == u"-A")
            name = QStringLiteral("--all-namespaces");
        if (name == u"-o")
            name = QStringLiteral("--output");
        if (!name.startsWith(QLatin1String("--"))) {
            a.positional << name;
            continue;
        }
        name = name.mid(2);
        QString value;
        const qsizetype eq = name.indexOf(u'=');
        const bool inlineValue = eq >= 0;
        if (inlineValue) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (flags.contains(name) && !inlineValue) {
            a.flags << name;
        } else if (withValue.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    a.error = QStringLiteral("option --%1 needs a value").arg(name);
                    return a;
                }
                value = args[++i];
            }
            a.values.insert(name, value);
        } else {
            a.error = QStringLiteral("unknown option --%1").arg(name);
            return a;
        }
    }
    return a;
}

int usageError(QTextStream &err, const QString &message)
{
    err << "error: " << message << "\n\n" << usageText();
    err.flush();
    return kUsageError;
}


/// Runs an asynchronous model call to completion. The CLI has nothing else to do meanwhile; the
/// library itself never waits like this.
template<typename T, typename Start>
Result<T> waitFor(Start start)
{
    QEventLoop loop;
    QObject context;
    std::optional<Result<T>> result;
    start(&context, [&](const Result<T> &r) {
        result = r;
        loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    if (!result)
        loop.exec();
    if (!result)
        return makeError(QStringLiteral("timed out after %1 s waiting for the cluster").arg(kTimeoutMs / 1000));
    return *result;
}

struct CommonOptions {
    QString dataDir;
    QString passphraseFile;
};

/// --data-dir and --passphrase-file anywhere in the arguments (as `cert` accepts them).
CommonOptions takeCommonOptions(QStringList &args)
{
    CommonOptions c;
    for (qsizetype i = 0; i + 1 < args.size();) {
        if (args[i] == u"--data-dir") {
            c.dataDir = args[i + 1];
            args.remove(i, 2);
        } else if (args[i] == u"--passphrase-file") {
            c.passphraseFile = args[i + 1];
            args.remove(i, 2);
        } else {
            ++i;
        }
    }
    if (c.dataDir.isEmpty())
        c.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/pki");
    return c;
}

Result<QByteArray> caPassphrase(const CommonOptions &c)
{
    QByteArray p;
    if (!c.passphraseFile.isEmpty()) {
        auto data = readFile(c.passphraseFile);
        if (!data)
            return data.error();
        p = data->split('\n').value(0);
        if (p.endsWith('\r'))
            p.chop(1);
    } else {
        p = qgetenv("FEDCONSOLE_CA_PASSPHRASE");
    }
    if (p.isEmpty())
        return makeError(QStringLiteral("CA passphrase needed: use --passphrase-file or FEDCONSOLE_CA_PASSPHRASE"));
    return p;
}

// ---- list --cluster -----------------------------------------------------------------------------

int listCluster(const GlobalOptions &g, const CommonOptions &common, const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Args a = parseArgs(args, {QStringLiteral("namespace"), QStringLiteral("output")},
                             {QStringLiteral("cluster"), QStringLiteral("all-namespaces")});
    if (!a.error.isEmpty())
        return usageError(err, a.error);
    if (!a.positional.isEmpty())
        return usageError(err, QStringLiteral("list --cluster takes no positional arguments"));
    const QString output = a.value(QStringLiteral("output"));
    if (!output.isEmpty() && output != u"wide")
        return usageError(err, QStringLiteral("-o supports wide only"));
    auto session = ClusterSession::open(g);
    if (!session)
        return failure(err, session.error());
    const bool all = a.has(QStringLiteral("all-namespaces"));
    const QString ns = all ? QString() : a.has(QStringLiteral("namespace")) ? a.value(QStringLiteral("namespace"))
                                                                           : session.value()->context().namespaceName;
    ClusterCertificateModel model(&session.value()->connection(), pki::Clock::system());
    model.setNamespace(ns);
    const CaStore store(common.dataDir);
    model.setKnownCas(store.caCertificates());

    QEventLoop loop;
    bool refreshed = false;
    QStringList errors;
    QObject::connect(&model, &ClusterCertificateModel::refreshed, &loop, [&] { refreshed = true; });
    QObject::connect(&model, &ClusterCertificateModel::errorOccurred, &loop, [&](const QString &m) { errors << m; });
    QObject::connect(&model, &ClusterCertificateModel::loadingChanged, &loop, [&](bool loading) {
        if (!loading) // refreshed/errorOccurred follow in the same call: quit after them
            QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    model.refresh();
    if (model.isLoading())
        loop.exec();
    if (!refreshed) {
        err << "error: " << (errors.isEmpty() ? QStringLiteral("timed out reading the cluster") : errors.join(u'\n')) << '\n';
        err.flush();
        return kFailed;
    }
    for (const QString &e : std::as_const(errors))
        err << "warning: " << e << '\n';

    const bool wide = output == u"wide";
    QStringList headers;
    if (all)
        headers << QStringLiteral("NAMESPACE");
    headers << QStringLiteral("SECRET") << QStringLiteral("KEY") << QStringLiteral("SUBJECT");
    if (wide)
        headers << QStringLiteral("ISSUER") << QStringLiteral("SANS") << QStringLiteral("SERIAL");
    headers << QStringLiteral("NOT AFTER") << QStringLiteral("DAYS LEFT") << QStringLiteral("CHAIN") << QStringLiteral("MOUNTED BY");
    QList<QStringList> rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        const ClusterCertificateEntry *e = model.entryAt(r);
        const auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(r, column).data(role); };
        QStringList row;
        if (all)
            row << e->namespace_;
        row << e->secretName << cell(ClusterCertificateModel::KeyColumn).toString() << e->info.subject;
        if (wide)
            row << e->info.issuer << e->info.sans.toString() << e->info.serialHex;
        const qint64 days = cell(0, ClusterCertificateModel::DaysLeftRole).toLongLong();
        const auto state = model.expiryState(r);
        row << e->info.notAfter.toString(Qt::ISODate)
            << (state == ClusterCertificateModel::ExpiryState::Expired ? QStringLiteral("expired") : QString::number(days))
            << cell(ClusterCertificateModel::ChainColumn).toString()
            << (e->mountedBy.isEmpty() ? QStringLiteral("<none>") : e->mountedBy.join(u','));
        rows << row;
    }
    if (rows.isEmpty())
        err << (ns.isEmpty() ? QStringLiteral("No certificates found in secrets.\n")
                             : QStringLiteral("No certificates found in secrets of namespace %1.\n").arg(ns));
    else
        out << alignedTable(headers, rows);
    return kOk;
}

// ---- deploy -------------------------------------------------------------------------------------

Result<SecretKeyNames> parseKeyNames(const QString &text, SecretKeyNames names)
{
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        const QString what = part.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : part.mid(eq + 1).trimmed();
        if (eq < 0)
            return makeError(QStringLiteral("--key-names: \"%1\" is not ROLE=NAME").arg(part));
        if (what == u"cert")
            names.cert = value;
        else if (what == u"key")
            names.key = value;
        else if (what == u"ca")
            names.ca = value;
        else
            return makeError(QStringLiteral("--key-names: unknown role \"%1\" (cert, key or ca)").arg(what));
    }
    return names;
}

int deploy(const GlobalOptions &g, const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Args a = parseArgs(args,
                             {QStringLiteral("cert"), QStringLiteral("key"), QStringLiteral("ca"), QStringLiteral("secret"),
                              QStringLiteral("namespace"), QStringLiteral("type"), QStringLiteral("key-names"),
                              QStringLiteral("preset")},
                             {QStringLiteral("dry-run"), QStringLiteral("force")});
    if (!a.error.isEmpty())
        return usageError(err, a.error);
    if (!a.positional.isEmpty())
        return usageError(err, QStringLiteral("deploy takes no positional arguments"));
    if (!a.has(QStringLiteral("cert")) || !a.has(QStringLiteral("key")) || !a.has(QStringLiteral("secret")))
        return usageError(err, QStringLiteral("deploy needs --cert FILE --key FILE --secret NAME"));

    CertificateSecretSpec spec;
    spec.name = a.value(QStringLiteral("secret"));
    spec.layout = SecretLayout::Tls;
    if (a.has(QStringLiteral("preset"))) {
        const auto preset = secretKeyPreset(a.value(QStringLiteral("preset")));
        if (!preset)
            return usageError(err, QStringLiteral("unknown preset \"%1\"").arg(a.value(QStringLiteral("preset"))));
        spec.layout = preset->layout;
        spec.keyNames = preset->names;
    }
    if (a.has(QStringLiteral("type"))) {
        const QString type = a.value(QStringLiteral("type"));
        if (type == u"tls")
            spec.layout = SecretLayout::Tls;
        else if (type == u"generic")
            spec.layout = SecretLayout::Generic;
        else
            return usageError(err, QStringLiteral("--type must be tls or generic"));
    }
    if (a.has(QStringLiteral("key-names"))) {
        if (spec.layout == SecretLayout::Tls)
            return usageError(err, QStringLiteral("--key-names needs --type generic (a TLS secret uses tls.crt, tls.key, ca.crt)"));
        auto names = parseKeyNames(a.value(QStringLiteral("key-names")), spec.keyNames);
        if (!names)
            return usageError(err, names.error().message);
        spec.keyNames = names.value();
    }
    for (const auto &[option, into] : {std::pair{QStringLiteral("cert"), &spec.material.certPem},
                                       std::pair{QStringLiteral("key"), &spec.material.keyPem},
                                       std::pair{QStringLiteral("ca"), &spec.material.caPem}}) {
        if (!a.has(option))
            continue;
        auto data = readFile(a.value(option));
        if (!data)
            return failure(err, data.error());
        *into = data.value();
    }
    // names, files and the key/certificate match are checked before anything is sent
    if (a.has(QStringLiteral("namespace")))
        spec.namespace_ = a.value(QStringLiteral("namespace"));
    auto session = ClusterSession::open(g);
    if (!session)
        return failure(err, session.error());
    if (spec.namespace_.isEmpty())
        spec.namespace_ = session.value()->context().namespaceName;
    auto manifest = buildSecretManifest(spec);
    if (!manifest)
        return failure(err, manifest.error());

    SecretApplyOptions options;
    options.dryRun = a.has(QStringLiteral("dry-run"));
    options.force = a.has(QStringLiteral("force"));
    ClusterConnection *connection = &session.value()->connection();
    auto written = waitFor<SecretWriteResult>([&](QObject *context, SecretWriteCallback done) {
        applyCertificateSecret(connection, spec, options, context, std::move(done));
    });
    if (options.dryRun)
        out << secretManifestYaml(manifest.value()) << "---\n";
    if (!written)
        return failure(err, written.error());
    out << "secret/" << spec.name << " in namespace " << spec.namespace_
        << (options.dryRun ? QStringLiteral(" validated by the server (dry run, nothing written)")
                           : QStringLiteral(" applied (resourceVersion %1)").arg(written->resourceVersion))
        << '\n';
    return kOk;
}

// ---- renew-secret -------------------------------------------------------------------------------

int renewSecret(const GlobalOptions &g, const CommonOptions &common, const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Args a = parseArgs(args,
                             {QStringLiteral("namespace"), QStringLiteral("ca"), QStringLiteral("key-type"),
                              QStringLiteral("days"), QStringLiteral("cert-key")},
                             {QStringLiteral("new-key"), QStringLiteral("same-key"), QStringLiteral("reissue")});
    if (!a.error.isEmpty())
        return usageError(err, a.error);
    if (a.positional.size() != 1 || !a.has(QStringLiteral("ca")))
        return usageError(err, QStringLiteral("renew-secret needs SECRET and --ca CA_NAME"));
    if (a.has(QStringLiteral("new-key")) && a.has(QStringLiteral("same-key")))
        return usageError(err, QStringLiteral("--new-key and --same-key exclude each other"));
    SecretRenewalOptions options;
    options.newKey = !a.has(QStringLiteral("same-key"));
    options.certKey = a.value(QStringLiteral("cert-key"));
    options.allowDifferentIssuer = a.has(QStringLiteral("reissue"));
    if (a.has(QStringLiteral("key-type"))) {
        const auto kt = pki::keyTypeFromName(a.value(QStringLiteral("key-type")));
        if (!kt)
            return usageError(err, QStringLiteral("unknown key type \"%1\"").arg(a.value(QStringLiteral("key-type"))));
        options.keyType = *kt;
    }
    if (a.has(QStringLiteral("days"))) {
        bool ok = false;
        options.validityDays = a.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || options.validityDays <= 0)
            return usageError(err, QStringLiteral("--days needs a positive number"));
    }
    auto passphrase = caPassphrase(common);
    if (!passphrase)
        return failure(err, passphrase.error());
    CaStore store(common.dataDir);
    auto ca = store.load(a.value(QStringLiteral("ca")), passphrase.value());
    if (!ca)
        return failure(err, ca.error());
    auto session = ClusterSession::open(g);
    if (!session)
        return failure(err, session.error());
    const QString ns = a.has(QStringLiteral("namespace")) ? a.value(QStringLiteral("namespace"))
                                                          : session.value()->context().namespaceName;
    const QString name = a.positional.first();
    ClusterConnection *connection = &session.value()->connection();
    auto renewal = waitFor<SecretRenewal>([&](QObject *context, SecretRenewalCallback done) {
        renewCertificateSecret(connection, ns, name, ca.value(), options, context, std::move(done));
    });
    if (!renewal)
        return failure(err, renewal.error());
    // the issued certificate goes into the store's inventory like any other
    if (auto r = store.addIssued(renewal->renewed.certificate); !r)
        err << "warning: " << r.error().toString() << '\n';
    out << "secret/" << name << " in namespace " << ns << ": renewed " << renewal->newData.keys().join(QStringLiteral(", "))
        << "\n  subject    " << renewal->renewed.certificate.info().subject
        << "\n  serial     " << renewal->oldCertificate.serialHex() << " -> " << renewal->renewed.certificate.serialHex()
        << "\n  not after  " << renewal->oldCertificate.notAfter().toString(Qt::ISODate) << " -> "
        << renewal->renewed.certificate.notAfter().toString(Qt::ISODate)
        << "\n  key        "
        << (options.newKey ? QStringLiteral("new %1 %2").arg(renewal->renewed.certificate.info().keyAlgorithm)
                                 .arg(renewal->renewed.certificate.info().keyBits)
                           : QStringLiteral("kept"))
        << "\n  issuer     "
        << (renewal->reissued ? renewal->oldCertificate.info().issuer + QStringLiteral(" -> ")
                                    + renewal->renewed.certificate.info().issuer + QStringLiteral(" (re-issued under another CA)")
                              : renewal->renewed.certificate.info().issuer)
        << "\n  resourceVersion " << renewal->resourceVersion << '\n';
    return kOk;
}

} // namespace

bool isCertClusterCommand(const QStringList &certArgs)
{
    QStringList args = certArgs;
    takeCommonOptions(args);
    if (args.isEmpty())
        return false;
    const QString cmd = args.first();
    return cmd == u"deploy" || cmd == u"renew-secret" || (cmd == u"list" && args.contains(QStringLiteral("--cluster")));
}

int runCertClusterCommand(const GlobalOptions &global, const QStringList &certArgs, QTextStream &out, QTextStream &err)
{
    QStringList args = certArgs;
    const CommonOptions common = takeCommonOptions(args);
    if (args.isEmpty())
        return usageError(err, QStringLiteral("missing cert command"));
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        out << usageText();
        return kOk;
    }
    const QString cmd = args.takeFirst();
    int rc = kUsageError;
    if (cmd == u"list")
        rc = listCluster(global, common, args, out, err);
    else if (cmd == u"deploy")
        rc = deploy(global, args, out, err);
    else if (cmd == u"renew-secret")
        rc = renewSecret(global, common, args, out, err);
    else
        rc = usageError(err, QStringLiteral("unknown cert command \"%1\"").arg(cmd));
    out.flush();
    err.flush();
    return rc;
}

} // namespace fc::cli
