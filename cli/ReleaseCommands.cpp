#include "cli/ReleaseCommands.h"

#include "cli/CliSupport.h"
#include "cli/ClusterSession.h"
#include "cli/TextTable.h"

#include "backend/cluster/ObjectClient.h"
#include "backend/cluster/ResourceType.h"
#include "backend/cluster/YamlCodec.h"
#include "backend/helm/HelmCli.h"
#include "backend/helm/ReleaseDecoder.h"
#include "model/cluster/ResourceStore.h"
#include "model/helm/ReleaseListModel.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSocketNotifier>

#include <csignal>
#include <unistd.h>

#include <algorithm>
#include <optional>

namespace fc::cli {

namespace {

const char kReleasesUsage[] = "usage: fedconsole-cli releases [-A | -n NS] [-o json]\n";
const char kReleaseUsage[] = R"(usage: fedconsole-cli release COMMAND ...
Read from Helm's storage in the cluster (no helm needed):
  release history NAME [-n NS] [-o json]
  release values NAME [-n NS] [--all] [--revision N] [-o yaml|json]
  release manifest NAME [-n NS] [--revision N]
  release status NAME [-n NS] [--revision N] [-o json]
Changes through helm (--helm PATH, else $FEDCONSOLE_HELM, else helm on PATH; Helm >= 3.8 or 4):
  release install NAME CHART [-n NS] [--create-namespace] [VALUES] [CHART SOURCE] [APPLY]
  release upgrade NAME CHART [-n NS] [--install] [--reuse-values | --reset-values | --reset-then-reuse-values]
                              [--cleanup-on-fail] [VALUES] [CHART SOURCE] [APPLY]
  release rollback NAME [REVISION] [-n NS] [--wait[=S]] [--timeout D] [--force] [--cleanup-on-fail] [--dry-run]
  release uninstall NAME [-n NS] [--keep-history] [--wait[=S]] [--timeout D] [--dry-run]
    VALUES:       -f FILE|- (repeatable; sent to helm on stdin), --set K=V, --set-string K=V
    CHART SOURCE: CHART is a directory, a .tgz, REPO/CHART or oci://...; --version V, --repo URL
    APPLY:        --wait[=watcher|legacy|hookOnly] --wait-for-jobs --timeout D (e.g. 5m) --atomic
                  (Helm 4: --rollback-on-failure) --force (Helm 4: --force-replace) --force-conflicts
                  --server-side true|false|auto --dry-run[=client|server] --description TEXT
  Credentials reach helm only in a 0600 temporary kubeconfig removed when it exits; Ctrl-C
  stops helm with SIGTERM (it marks the release failed) and waits for it.
)";

/// A command line split into positionals, options with values (repeatable, in order) and
/// flags, under their long names (-n → --namespace, --atomic → --rollback-on-failure, …).
struct Parsed {
    QStringList positional;
    QHash<QString, QStringList> values;
    QSet<QString> flags;

    QString value(const QString &name, const QString &fallback = {}) const
    {
        const QStringList v = values.value(name);
        return v.isEmpty() ? fallback : v.last();
    }
    bool has(const QString &name) const { return flags.contains(name) || values.contains(name); }
};

QString canonical(const QString &option)
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("-n"), QStringLiteral("--namespace")},
        {QStringLiteral("-o"), QStringLiteral("--output")},
        {QStringLiteral("-f"), QStringLiteral("--values")},
        {QStringLiteral("-A"), QStringLiteral("--all-namespaces")},
        {QStringLiteral("--atomic"), QStringLiteral("--rollback-on-failure")},
        {QStringLiteral("--force"), QStringLiteral("--force-replace")},
        {QStringLiteral("-i"), QStringLiteral("--install")},
    };
    return aliases.value(option, option);
}

/// `valueOptions` take a value ("--x v" or "--x=v"); `optionalValue` ones only with "=";
/// `flags` take none. Anything else starting with '-' is an error.
Result<Parsed> parse(const QStringList &args, const QStringList &valueOptions, const QStringList &optionalValue, const QStringList &flags)
{
    Parsed p;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"-" || !a.startsWith(u'-')) {
            p.positional << a;
            continue;
        }
        const qsizetype eq = a.indexOf(u'=');
        const QString name = canonical(eq > 0 ? a.left(eq) : a);
        if (valueOptions.contains(name)) {
            if (eq > 0) {
                p.values[name] << a.mid(eq + 1);
            } else if (i + 1 < args.size()) {
                p.values[name] << args[++i];
            } else {
                return makeError(QStringLiteral("%1 needs a value").arg(a));
            }
        } else if (optionalValue.contains(name)) {
            if (eq > 0)
                p.values[name] << a.mid(eq + 1);
            else
                p.flags.insert(name);
        } else if (flags.contains(name) && eq < 0) {
            p.flags.insert(name);
        } else {
            return makeError(QStringLiteral("unknown flag %1").arg(a));
        }
    }
    return p;
}

/// Go durations as helm takes them ("300s", "5m", "1h30m") or plain seconds.
std::optional<int> parseSeconds(const QString &text)
{
    bool ok = false;
    const int plain = text.toInt(&ok);
    if (ok)
        return plain >= 0 ? std::optional<int>(plain) : std::nullopt;
    static const QRegularExpression part(QStringLiteral(R"((\d+)(h|m|s))"));
    int total = 0;
    qsizetype consumed = 0;
    for (auto it = part.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedStart() != consumed)
            return std::nullopt;
        consumed = m.capturedEnd();
        const int n = m.captured(1).toInt();
        const QString unit = m.captured(2);
        if (unit == u"h")
            total += n * 3600;
        else if (unit == u"m")
            total += n * 60;
        else
            total += n;
    }
    if (consumed != text.size() || consumed == 0)
        return std::nullopt;
    return total;
}

Result<HelmWait> parseWait(const Parsed &p)
{
    if (p.flags.contains(QStringLiteral("--wait")))
        return HelmWait::Watcher; // helm 4's bare --wait; helm 3's only kind
    const QString v = p.value(QStringLiteral("--wait"));
    if (v.isEmpty() || v == u"false")
        return HelmWait::None;
    if (v == u"watcher" || v == u"true")
        return HelmWait::Watcher;
    if (v == u"legacy")
        return HelmWait::Legacy;
    if (v == u"hookOnly")
        return HelmWait::HookOnly;
    return makeError(QStringLiteral("--wait=%1: expected watcher, legacy or hookOnly").arg(v));
}

QString formatTime(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(); }

QString tableTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("ddd MMM d HH:mm:ss yyyy")) : QString();
}

/// The releases of a namespace (empty: all), as the GUI has them: Secrets and ConfigMaps
/// labelled owner=helm, listed through the watch path and decoded on the connection's worker.
/// `latestOnly` leaves the superseded revisions on the server (a list needs no history).
struct ReleaseStores {
    std::unique_ptr<ResourceStore> secrets;
    std::unique_ptr<ResourceStore> configMaps;
    ReleaseListModel model;
};

Result<void> loadReleases(ClusterSession &s, const QString &ns, const QString &releaseName, ReleaseStores &into,
                          bool latestOnly = false)
{
    QString selector = latestOnly ? helmCurrentRevisionsSelector() : QStringLiteral("owner=helm");
    if (!releaseName.isEmpty())
        selector += QStringLiteral(",name=") + releaseName;
    into.secrets = std::make_unique<ResourceStore>(Kind::Secret, s.context().contextName);
    into.configMaps = std::make_unique<ResourceStore>(Kind::ConfigMap, s.context().contextName);
    into.model.addStore(into.secrets.get());
    into.model.addStore(into.configMaps.get());
    return s.list(QList<ResourceStore *>{into.secrets.get(), into.configMaps.get()}, ns, selector);
}

QJsonObject listJson(const HelmReleaseSummary &r)
{
    QJsonObject o{{QStringLiteral("name"), r.name},
                  {QStringLiteral("namespace"), r.namespace_},
                  {QStringLiteral("revision"), QString::number(r.revision)}, // a string, as helm list -o json has it
                  {QStringLiteral("updated"), formatTime(r.updated)},
                  {QStringLiteral("status"), r.status},
                  {QStringLiteral("chart"), r.chart()},
                  {QStringLiteral("app_version"), r.appVersion}};
    if (!r.error.isEmpty())
        o.insert(QStringLiteral("error"), r.error);
    return o;
}

QJsonObject historyJson(const HelmReleaseSummary &r)
{
    QJsonObject o{{QStringLiteral("revision"), r.revision},
                  {QStringLiteral("updated"), formatTime(r.updated)},
                  {QStringLiteral("status"), r.status},
                  {QStringLiteral("chart"), r.chart()},
                  {QStringLiteral("app_version"), r.appVersion},
                  {QStringLiteral("description"), r.description}};
    if (!r.error.isEmpty())
        o.insert(QStringLiteral("error"), r.error);
    return o;
}

int usage(QTextStream &err, const char *text, const QString &problem = {})
{
    if (!problem.isEmpty())
        err << "error: " << problem << '\n';
    err << text;
    err.flush();
    return kExitUsage;
}

bool wantsJson(const Parsed &p, QTextStream &err, bool yamlToo = false)
{
    const QString o = p.value(QStringLiteral("--output"));
    if (o.isEmpty() || o == u"table" || (yamlToo && o == u"yaml"))
        return false;
    if (o != u"json")
        err << "warning: unknown output format '" << o << "', printing " << (yamlToo ? "yaml" : "a table") << '\n';
    return o == u"json";
}

// ------------------------------------------------------------------ read commands

int readCommand(const GlobalOptions &g, const QString &verb, const QStringList &args, QTextStream &out, QTextStream &err)
{
    const auto parsed = parse(args, {QStringLiteral("--namespace"), QStringLiteral("--output"), QStringLiteral("--revision")}, {},
                              {QStringLiteral("--all")});
    if (!parsed)
        return usage(err, kReleaseUsage, parsed.error().message);
    const Parsed &p = parsed.value();
    if (p.positional.size() != 1)
        return usage(err, kReleaseUsage, QStringLiteral("release %1 takes one release name").arg(verb));
    const QString name = p.positional.first();
    auto session = ClusterSession::open(g);
    if (!session)
        return failure(err, session.error());
    ClusterSession &s = *session.value();
    const QString ns = p.value(QStringLiteral("--namespace"), s.context().namespaceName);
    ReleaseStores stores;
    if (auto r = loadReleases(s, ns, name, stores); !r)
        return failure(err, r.error());
    const int row = stores.model.rowOf(ns, name);
    if (row < 0)
        return failure(err, makeError(QStringLiteral("release \"%1\" not found in namespace %2").arg(name, ns)));
    const QList<HelmReleaseSummary> history = stores.model.history(row);

    if (verb == u"history") {
        if (wantsJson(p, err)) {
            QJsonArray arr;
            for (const HelmReleaseSummary &r : history)
                arr.append(historyJson(r));
            out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
            return 0;
        }
        QList<QStringList> rows;
        for (const HelmReleaseSummary &r : history)
            rows << QStringList{QString::number(r.revision), tableTime(r.updated), r.error.isEmpty() ? r.status : QStringLiteral("unreadable"),
                                r.chart(), r.appVersion, r.error.isEmpty() ? r.description : r.error};
        out << alignedTable({QStringLiteral("REVISION"), QStringLiteral("UPDATED"), QStringLiteral("STATUS"), QStringLiteral("CHART"),
                             QStringLiteral("APP VERSION"), QStringLiteral("DESCRIPTION")},
                            rows);
        return 0;
    }

    bool ok = true;
    const int revision = p.has(QStringLiteral("--revision")) ? p.value(QStringLiteral("--revision")).toInt(&ok) : history.last().revision;
    if (!ok)
        return usage(err, kReleaseUsage, QStringLiteral("--revision takes a number"));
    const auto ref = stores.model.storageOf(ns, name, revision);
    if (!ref)
        return failure(err, makeError(QStringLiteral("release \"%1\" has no revision %2").arg(name).arg(revision)));
    const ResourceType storage = ResourceType::of(ref->driver == HelmStorageDriver::Secret ? Kind::Secret : Kind::ConfigMap);
    const auto object = s.await<KubeObject>([&](QObject *c, auto done) { s.objects().get(storage, ns, ref->objectName, c, done); });
    if (!object)
        return failure(err, object.error());
    const auto release = ReleaseDecoder::decodeObject(object->json);
    if (!release)
        return failure(err, release.error());
    const HelmRelease &r = release.value();

    if (verb == u"manifest") {
        out << r.manifest << '\n'; // byte for byte what `helm get manifest` prints (Fprintln)
        return 0;
    }
    if (verb == u"values") {
        const QJsonObject values = p.flags.contains(QStringLiteral("--all")) ? r.computedValues() : r.userValues;
        if (wantsJson(p, err, true))
            out << QJsonDocument(values).toJson(QJsonDocument::Indented);
        else if (values.isEmpty())
            out << "{}\n";
        else
            out << yaml::fromObject(values);
        return 0;
    }
    // status
    const StuckRelease stuck = revision == history.last().revision ? StuckRelease::assess(history) : StuckRelease{};
    if (wantsJson(p, err)) {
        QJsonObject o = historyJson(r.summary);
        o.insert(QStringLiteral("name"), r.summary.name);
        o.insert(QStringLiteral("namespace"), r.summary.namespace_);
        o.insert(QStringLiteral("first_deployed"), formatTime(r.summary.firstDeployed));
        o.insert(QStringLiteral("notes"), r.notes);
        if (stuck.stuck)
            o.insert(QStringLiteral("stuck"), QJsonObject{{QStringLiteral("meaning"), stuck.meaning},
                                                          {QStringLiteral("recovery"), stuck.recoveryText},
                                                          {QStringLiteral("rollback_revision"), stuck.rollbackRevision}});
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << "NAME: " << r.summary.name << '\n'
        << "LAST DEPLOYED: " << tableTime(r.summary.updated) << '\n'
        << "NAMESPACE: " << r.summary.namespace_ << '\n'
        << "STATUS: " << r.summary.status << '\n'
        << "REVISION: " << r.summary.revision << '\n'
        << "CHART: " << r.summary.chart() << '\n'
        << "APP VERSION: " << r.summary.appVersion << '\n'
        << "DESCRIPTION: " << r.summary.description << '\n';
    if (stuck.stuck)
        out << "STUCK: " << stuck.meaning << '\n' << "RECOVERY: " << stuck.recoveryText << '\n';
    if (!r.notes.isEmpty())
        out << "NOTES:\n" << r.notes << (r.notes.endsWith(u'\n') ? "" : "\n");
    return 0;
}

// ------------------------------------------------------------------ helm commands

/// Ctrl-C / SIGTERM while helm runs: forwarded as a cancel (SIGTERM to helm, which marks the
/// release failed), and the CLI waits for helm so the temporary kubeconfig is removed.
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

Result<HelmCli> findHelm(const Parsed &p)
{
    QString configured = p.value(QStringLiteral("--helm"));
    if (configured.isEmpty())
        configured = qEnvironmentVariable("FEDCONSOLE_HELM");
    const auto program = HelmCli::findProgram(configured);
    if (!program)
        return program.error();
    QEventLoop loop;
    QObject context;
    std::optional<Result<HelmCli>> found;
    HelmCli::probe(program.value(), &context, [&](const Result<HelmCli> &r) {
        found = r;
        loop.quit();
    });
    loop.exec();
    return *found;
}

/// -f files (or - for stdin), merged in order as helm merges them; one file goes as it is.
Result<QByteArray> valuesFrom(const QStringList &files)
{
    if (files.isEmpty())
        return QByteArray();
    QList<QByteArray> texts;
    for (const QString &f : files) {
        QByteArray text;
        if (f == u"-") {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly))
                return makeError(QStringLiteral("cannot read values from stdin"));
            text = in.readAll();
        } else {
            auto r = readFile(f);
            if (!r)
                return r.error();
            text = r.value();
        }
        if (auto check = yaml::check(QString::fromUtf8(text), yaml::Syntax::Yaml); !check) {
            Error e = check.error();
            e.file = f == u"-" ? QStringLiteral("<stdin>") : f;
            return e;
        }
        texts << text;
    }
    if (texts.size() == 1)
        return texts.first();
    QJsonObject merged;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        auto o = yaml::toObject(texts[i]);
        if (!o) {
            Error e = o.error();
            e.file = files[i];
            return e;
        }
        merged = mergeValues(merged, o.value());
    }
    return QJsonDocument(merged).toJson(QJsonDocument::Indented); // JSON is YAML to helm
}

Result<HelmInstallOptions> installOptions(const Parsed &p, bool upgrade)
{
    HelmInstallOptions o;
    if (p.positional.size() != 2)
        return makeError(QStringLiteral("release %1 takes NAME and CHART").arg(upgrade ? QStringLiteral("upgrade") : QStringLiteral("install")));
    o.release = p.positional[0];
    o.chart = p.positional[1];
    o.chartVersion = p.value(QStringLiteral("--version"));
    o.repoUrl = p.value(QStringLiteral("--repo"));
    o.createNamespace = p.flags.contains(QStringLiteral("--create-namespace"));
    auto values = valuesFrom(p.values.value(QStringLiteral("--values")));
    if (!values)
        return values.error();
    o.values.yaml = values.value();
    o.values.setRows = p.values.value(QStringLiteral("--set"));
    o.values.setStringRows = p.values.value(QStringLiteral("--set-string"));
    auto wait = parseWait(p);
    if (!wait)
        return wait.error();
    o.wait = wait.value();
    o.waitForJobs = p.flags.contains(QStringLiteral("--wait-for-jobs"));
    if (p.has(QStringLiteral("--timeout"))) {
        const auto seconds = parseSeconds(p.value(QStringLiteral("--timeout")));
        if (!seconds)
            return makeError(QStringLiteral("--timeout %1: expected a duration like 300s or 5m").arg(p.value(QStringLiteral("--timeout"))));
        o.timeoutSeconds = *seconds;
    }
    o.rollbackOnFailure = p.flags.contains(QStringLiteral("--rollback-on-failure"));
    o.forceReplace = p.flags.contains(QStringLiteral("--force-replace"));
    o.forceConflicts = p.flags.contains(QStringLiteral("--force-conflicts"));
    const QString serverSide = p.value(QStringLiteral("--server-side"));
    if (serverSide == u"true")
        o.serverSide = HelmServerSide::On;
    else if (serverSide == u"false")
        o.serverSide = HelmServerSide::Off;
    else if (serverSide == u"auto")
        o.serverSide = HelmServerSide::Auto;
    else if (!serverSide.isEmpty())
        return makeError(QStringLiteral("--server-side %1: expected true, false or auto").arg(serverSide));
    if (p.flags.contains(QStringLiteral("--dry-run")) || p.value(QStringLiteral("--dry-run")) == u"client")
        o.dryRun = HelmDryRun::Client;
    else if (p.value(QStringLiteral("--dry-run")) == u"server")
        o.dryRun = HelmDryRun::Server;
    else if (p.values.contains(QStringLiteral("--dry-run")))
        return makeError(QStringLiteral("--dry-run=%1: expected client or server").arg(p.value(QStringLiteral("--dry-run"))));
    o.description = p.value(QStringLiteral("--description"));
    o.installIfMissing = p.flags.contains(QStringLiteral("--install"));
    int modes = 0;
    if (p.flags.contains(QStringLiteral("--reuse-values"))) {
        o.valuesMode = HelmValuesMode::Reuse;
        ++modes;
    }
    if (p.flags.contains(QStringLiteral("--reset-values"))) {
        o.valuesMode = HelmValuesMode::Reset;
        ++modes;
    }
    if (p.flags.contains(QStringLiteral("--reset-then-reuse-values"))) {
        o.valuesMode = HelmValuesMode::ResetThenReuse;
        ++modes;
    }
    if (modes > 1)
        return makeError(QStringLiteral("choose one of --reuse-values, --reset-values, --reset-then-reuse-values"));
    o.cleanupOnFail = p.flags.contains(QStringLiteral("--cleanup-on-fail"));
    return o;
}

int helmCommand(const GlobalOptions &g, const QString &verb, const QStringList &args, QTextStream &out, QTextStream &err)
{
    const bool installOrUpgrade = verb == u"install" || verb == u"upgrade";
    QStringList valueOptions{QStringLiteral("--namespace"), QStringLiteral("--timeout"), QStringLiteral("--helm")};
    QStringList optional{QStringLiteral("--wait"), QStringLiteral("--dry-run")};
    QStringList flags;
    if (installOrUpgrade) {
        valueOptions << QStringLiteral("--values") << QStringLiteral("--set") << QStringLiteral("--set-string") << QStringLiteral("--version")
                     << QStringLiteral("--repo") << QStringLiteral("--server-side") << QStringLiteral("--description");
        flags << QStringLiteral("--create-namespace") << QStringLiteral("--wait-for-jobs") << QStringLiteral("--rollback-on-failure")
              << QStringLiteral("--force-replace") << QStringLiteral("--force-conflicts");
        if (verb == u"upgrade")
            flags << QStringLiteral("--install") << QStringLiteral("--reuse-values") << QStringLiteral("--reset-values")
                  << QStringLiteral("--reset-then-reuse-values") << QStringLiteral("--cleanup-on-fail");
    } else if (verb == u"rollback") {
        flags << QStringLiteral("--wait-for-jobs") << QStringLiteral("--force-replace") << QStringLiteral("--cleanup-on-fail");
    } else {
        flags << QStringLiteral("--keep-history");
    }
    const auto parsed = parse(args, valueOptions, optional, flags);
    if (!parsed)
        return usage(err, kReleaseUsage, parsed.error().message);
    const Parsed &p = parsed.value();

    auto session = ClusterSession::open(g);
    if (!session)
        return failure(err, session.error());
    const ResolvedContext &context = session.value()->context();
    const QString ns = p.value(QStringLiteral("--namespace"), context.namespaceName);
    auto helm = findHelm(p);
    if (!helm)
        return failure(err, helm.error());
    const HelmCli &cli = helm.value();

    Result<HelmCommand> command = makeError(QStringLiteral("unknown command"));
    if (installOrUpgrade) {
        auto o = installOptions(p, verb == u"upgrade");
        if (!o)
            return usage(err, kReleaseUsage, o.error().toString());
        o->namespace_ = ns;
        command = verb == u"install" ? cli.install(o.value()) : cli.upgrade(o.value());
    } else {
        auto wait = parseWait(p);
        if (!wait)
            return usage(err, kReleaseUsage, wait.error().message);
        std::optional<int> timeout = 0;
        if (p.has(QStringLiteral("--timeout")))
            timeout = parseSeconds(p.value(QStringLiteral("--timeout")));
        if (!timeout)
            return usage(err, kReleaseUsage, QStringLiteral("--timeout: expected a duration like 300s or 5m"));
        if (p.values.contains(QStringLiteral("--dry-run")))
            return usage(err, kReleaseUsage, QStringLiteral("release %1 takes --dry-run without a value").arg(verb));
        if (verb == u"rollback") {
            if (p.positional.isEmpty() || p.positional.size() > 2)
                return usage(err, kReleaseUsage, QStringLiteral("release rollback takes NAME [REVISION]"));
            HelmRollbackOptions o;
            o.release = p.positional[0];
            bool ok = true;
            o.revision = p.positional.size() == 2 ? p.positional[1].toInt(&ok) : 0;
            if (!ok || o.revision < 0)
                return usage(err, kReleaseUsage, QStringLiteral("REVISION must be a number"));
            o.namespace_ = ns;
            o.wait = wait.value();
            o.waitForJobs = p.flags.contains(QStringLiteral("--wait-for-jobs"));
            o.timeoutSeconds = *timeout;
            o.forceReplace = p.flags.contains(QStringLiteral("--force-replace"));
            o.cleanupOnFail = p.flags.contains(QStringLiteral("--cleanup-on-fail"));
            o.dryRun = p.flags.contains(QStringLiteral("--dry-run"));
            command = cli.rollback(o);
        } else {
            if (p.positional.size() != 1)
                return usage(err, kReleaseUsage, QStringLiteral("release uninstall takes NAME"));
            HelmUninstallOptions o;
            o.release = p.positional[0];
            o.namespace_ = ns;
            o.keepHistory = p.flags.contains(QStringLiteral("--keep-history"));
            o.wait = wait.value();
            o.timeoutSeconds = *timeout;
            o.dryRun = p.flags.contains(QStringLiteral("--dry-run"));
            command = cli.uninstall(o);
        }
    }
    if (!command)
        return failure(err, command.error());
    for (const QString &w : command->warnings)
        err << "warning: " << w << '\n';
    err.flush();

    QEventLoop loop;
    QObject owner;
    HelmRun *run = cli.start(command.value(), context, &owner);
    std::optional<HelmResult> result;
    QObject::connect(run, &HelmRun::outputLine, &loop, [&](const QString &line, bool standardError) {
        QTextStream &to = standardError ? err : out;
        to << line << '\n';
        to.flush();
    });
    QObject::connect(run, &HelmRun::finished, &loop, [&](const HelmResult &r) {
        result = r;
        loop.quit();
    });
    // Ctrl-C reaches helm too (same process group); SIGTERM from elsewhere only us: either way
    // helm gets SIGTERM and we wait for it, so its kubeconfig is removed.
    std::unique_ptr<QSocketNotifier> signalNotifier;
    if (::pipe(g_signalPipe) == 0) {
        signalNotifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(signalNotifier.get(), &QSocketNotifier::activated, &loop, [&] {
            char c = 0;
            [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
            err << "stopping helm (SIGTERM); waiting for it to mark the release failed\n";
            err.flush();
            run->cancel();
        });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    signalNotifier.reset();
    if (g_signalPipe[0] >= 0) {
        ::close(g_signalPipe[0]);
        ::close(g_signalPipe[1]);
        g_signalPipe[0] = g_signalPipe[1] = -1;
    }
    if (!result->ok) {
        err << "error: " << result->summary << '\n';
        err.flush();
        return kExitFailed;
    }
    return 0;
}

} // namespace

int runReleases(const GlobalOptions &g, const QStringList &args, QTextStream &out, QTextStream &err)
{
    const auto parsed = parse(args, {QStringLiteral("--namespace"), QStringLiteral("--output")}, {}, {QStringLiteral("--all-namespaces")});
    if (!parsed)
        return usage(err, kReleasesUsage, parsed.error().message);
    const Parsed &p = parsed.value();
    if (!p.positional.isEmpty())
        return usage(err, kReleasesUsage, QStringLiteral("unexpected argument %1").arg(p.positional.first()));
    auto session = ClusterSession::open(g);
    if (!session)
        return failure(err, session.error());
    ClusterSession &s = *session.value();
    const bool all = p.flags.contains(QStringLiteral("--all-namespaces"));
    const QString ns = all ? QString() : p.value(QStringLiteral("--namespace"), s.context().namespaceName);
    ReleaseStores stores;
    if (auto r = loadReleases(s, ns, {}, stores, true); !r)
        return failure(err, r.error());
    QList<HelmReleaseSummary> releases;
    for (int row = 0; row < stores.model.rowCount(); ++row)
        releases << stores.model.latest(row);
    std::sort(releases.begin(), releases.end(), [](const HelmReleaseSummary &a, const HelmReleaseSummary &b) {
        return a.name != b.name ? a.name < b.name : a.namespace_ < b.namespace_; // helm list's order
    });
    if (wantsJson(p, err)) {
        QJsonArray arr;
        for (const HelmReleaseSummary &r : releases)
            arr.append(listJson(r));
        out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        return 0;
    }
    QList<QStringList> rows;
    for (const HelmReleaseSummary &r : releases)
        rows << QStringList{r.name, r.namespace_, QString::number(r.revision), tableTime(r.updated),
                            r.error.isEmpty() ? r.status : QStringLiteral("unreadable"), r.chart(), r.appVersion};
    out << alignedTable({QStringLiteral("NAME"), QStringLiteral("NAMESPACE"), QStringLiteral("REVISION"), QStringLiteral("UPDATED"),
                         QStringLiteral("STATUS"), QStringLiteral("CHART"), QStringLiteral("APP VERSION")},
                        rows);
    for (const HelmReleaseSummary &r : releases)
        if (!r.error.isEmpty())
            err << "warning: " << r.error << '\n';
    return 0;
}

int runRelease(const GlobalOptions &g, const QStringList &argsIn, QTextStream &out, QTextStream &err)
{
    QStringList args = argsIn;
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h") {
        (args.isEmpty() ? err : out) << kReleaseUsage;
        return args.isEmpty() ? kExitUsage : 0;
    }
    const QString verb = args.takeFirst();
    if (verb == u"history" || verb == u"values" || verb == u"manifest" || verb == u"status")
        return readCommand(g, verb, args, out, err);
    if (verb == u"install" || verb == u"upgrade" || verb == u"rollback" || verb == u"uninstall")
        return helmCommand(g, verb, args, out, err);
    return usage(err, kReleaseUsage, QStringLiteral("unknown release command '%1'").arg(verb));
}

} // namespace fc::cli
