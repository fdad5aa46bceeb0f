#include "backend/helm/HelmCli.h"

#include "backend/core/Wipe.h"
#include "backend/helm/HelmKubeconfig.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace fc {

namespace {

QString timeoutArg(int seconds) { return QStringLiteral("--timeout=%1s").arg(seconds); }

void addRevision(QStringList &args, int revision)
{
    if (revision > 0)
        args << QStringLiteral("--revision") << QString::number(revision);
}

/// Keys whose values are usually secrets: a --set row is visible in the process list.
bool looksSecret(QStringView row)
{
    static const QRegularExpression secretKey(QStringLiteral(R"((password|passwd|secret|token|apikey|api_key|private|credential)[^=]*=)"),
                                              QRegularExpression::CaseInsensitiveOption);
    return secretKey.match(row).hasMatch();
}

/// The last "Error: …" block of helm's stderr (helm prints warnings before it), or the last
/// non-empty line when there is none.
QString errorText(const QString &stderrText)
{
    const qsizetype at = stderrText.lastIndexOf(QLatin1String("Error: "));
    if (at >= 0)
        return stderrText.mid(at + 7).trimmed();
    const QStringList lines = stderrText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.last().trimmed();
}

} // namespace

Result<HelmVersion> parseHelmVersion(const QString &output)
{
    static const QRegularExpression re(QStringLiteral(R"(v(\d+)\.(\d+)\.(\d+)([-+.\w]*))"));
    const auto m = re.match(output);
    if (!m.hasMatch())
        return makeError(QStringLiteral("cannot read a version from `helm version`: %1").arg(output.trimmed().left(200)));
    HelmVersion v;
    v.major = m.captured(1).toInt();
    v.minor = m.captured(2).toInt();
    v.patch = m.captured(3).toInt();
    v.text = QStringLiteral("v%1.%2.%3").arg(v.major).arg(v.minor).arg(v.patch);
    return v;
}

HelmErrorSummary summarizeHelmError(const QString &stderrText)
{
    HelmErrorSummary s;
    const QString text = errorText(stderrText);
    if (text.isEmpty())
        return s;
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    s.summary = firstLine;
    s.failure = HelmFailure::Other;
    if (text.contains(QLatin1String("values don't meet the specifications of the schema"))) {
        s.failure = HelmFailure::SchemaViolation;
        // the violations follow as "- at '/field': message" (v4) or "- field: message" (v3)
        QString first;
        int violations = 0;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            const QString t = line.trimmed();
            if (!t.startsWith(QLatin1String("- ")))
                continue;
            if (violations++ == 0)
                first = t.mid(2);
        }
        const qsizetype prefixEnd = firstLine.indexOf(QLatin1String("values don't meet"));
        s.summary = prefixEnd > 0 ? firstLine.left(prefixEnd) : QString();
        s.summary += QStringLiteral("values don't meet the chart's values.schema.json");
        if (!first.isEmpty())
            s.summary += QStringLiteral(": ") + first;
        if (violations > 1)
            s.summary += QStringLiteral(" (and %1 more)").arg(violations - 1);
    } else if (text.contains(QLatin1String("another operation (install/upgrade/rollback) is in progress"))) {
        s.failure = HelmFailure::OperationInProgress;
    } else if (text.contains(QLatin1String("cannot re-use a name that is still in use"))
               || text.contains(QLatin1String("cannot reuse a name that is still in use"))) {
        s.failure = HelmFailure::NameInUse;
    } else if (text.contains(QLatin1String("has no deployed releases"))) {
        s.failure = HelmFailure::NoDeployedReleases;
    } else if (text.contains(QLatin1String("release: not found")) || text.contains(QLatin1String("release not found"))) {
        s.failure = HelmFailure::NotFound;
    } else if (text.contains(QLatin1String("context canceled"))) {
        s.failure = HelmFailure::Cancelled;
    } else if (text.contains(QLatin1String("context deadline exceeded")) || text.contains(QLatin1String("timed out waiting"))) {
        s.failure = HelmFailure::Timeout;
    } else if (text.contains(QLatin1String("Kubernetes cluster unreachable")) || text.contains(QLatin1String("connection refused"))) {
        s.failure = HelmFailure::Unreachable;
    } else if (text.contains(QLatin1String("forbidden"))) {
        s.failure = HelmFailure::Forbidden;
    }
    return s;
}

Error HelmResult::error() const
{
    Error e;
    e.message = summary.isEmpty() ? QStringLiteral("helm %1 failed").arg(verb) : summary;
    const QString verbatim = stderrText.trimmed();
    if (!verbatim.isEmpty() && verbatim != e.message)
        e.message += QStringLiteral("\n\n") + verbatim;
    e.reason = QStringLiteral("helm");
    return e;
}

HelmRun::HelmRun(QString verb, QObject *parent) : QObject(parent), m_verb(std::move(verb)), m_runner(new ProcessRunner(this))
{
    qRegisterMetaType<fc::HelmResult>();
    connect(m_runner, &ProcessRunner::stdoutLine, this, [this](const QString &line) { Q_EMIT outputLine(line, false); });
    connect(m_runner, &ProcessRunner::stderrLine, this, [this](const QString &line) { Q_EMIT outputLine(line, true); });
    connect(m_runner, &ProcessRunner::finished, this, &HelmRun::onFinished);
}

void HelmRun::onFinished(const ProcessResult &p)
{
    HelmResult r;
    r.verb = m_verb;
    r.end = p.end;
    r.exitCode = p.exitCode;
    r.ok = p.ok();
    r.stdoutData = p.stdoutData;
    r.stderrText = QString::fromUtf8(p.stderrData);
    if (!r.ok) {
        const HelmErrorSummary s = summarizeHelmError(r.stderrText);
        r.failure = s.failure;
        r.summary = s.summary;
        switch (p.end) {
        case ProcessEnd::FailedToStart:
            r.failure = HelmFailure::NotStarted;
            r.summary = tr("cannot run helm: %1").arg(p.errorString);
            break;
        case ProcessEnd::Cancelled:
            r.failure = HelmFailure::Cancelled;
            r.summary = tr("helm %1 cancelled%2").arg(m_verb, r.summary.isEmpty() ? QString() : QStringLiteral(": ") + r.summary);
            break;
        case ProcessEnd::TimedOut:
            r.failure = HelmFailure::Timeout;
            r.summary = tr("helm %1 stopped after the time limit%2").arg(m_verb, r.summary.isEmpty() ? QString() : QStringLiteral(": ") + r.summary);
            break;
        case ProcessEnd::Crashed:
            if (r.summary.isEmpty())
                r.summary = tr("helm %1 ended by a signal").arg(m_verb);
            break;
        case ProcessEnd::Exited:
            if (r.summary.isEmpty())
                r.summary = tr("helm %1 failed with exit code %2").arg(m_verb).arg(p.exitCode);
            break;
        }
    }
    Q_EMIT finished(r);
}

Result<QString> HelmCli::findProgram(const QString &configured)
{
    if (!configured.isEmpty()) {
        const QFileInfo fi(configured);
        if (!fi.exists())
            return makeError(QStringLiteral("helm not found at %1 (set in preferences)").arg(configured));
        if (!fi.isExecutable() || fi.isDir())
            return makeError(QStringLiteral("%1 is not an executable").arg(configured));
        return fi.absoluteFilePath();
    }
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("helm"));
    if (onPath.isEmpty())
        return makeError(QStringLiteral("helm is not on PATH: install Helm 3.8 or later (https://helm.sh/docs/intro/install/) "
                                        "or set its path in preferences"));
    return onPath;
}

ProcessRunner *HelmCli::probe(const QString &program, QObject *context, std::function<void(const Result<HelmCli> &)> done)
{
    auto *runner = new ProcessRunner(context);
    QObject::connect(runner, &ProcessRunner::finished, context, [runner, program, done = std::move(done)](const ProcessResult &r) {
        runner->deleteLater();
        if (!r.ok()) {
            const QString why = r.end == ProcessEnd::FailedToStart ? r.errorString : QString::fromUtf8(r.stderrData).trimmed();
            done(makeError(QStringLiteral("`%1 version` failed: %2").arg(program, why)));
            return;
        }
        const auto v = parseHelmVersion(QString::fromUtf8(r.stdoutData));
        if (!v) {
            done(v.error());
            return;
        }
        if (!v->supported()) {
            done(makeError(QStringLiteral("helm %1 at %2 is too old: FedConsole needs Helm 3.8 or later").arg(v->text, program)));
            return;
        }
        done(HelmCli(program, v.value()));
    });
    ProcessSpec spec;
    spec.program = program;
    spec.arguments = {QStringLiteral("version"), QStringLiteral("--template"), QStringLiteral("{{.Version}}")};
    spec.timeoutMs = 30000;
    runner->start(spec);
    return runner;
}

HelmCli::HelmCli(QString program, HelmVersion version) : m_program(std::move(program)), m_version(std::move(version)) {}

QProcessEnvironment HelmCli::environment() const
{
    if (m_environment)
        return *m_environment;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The temporary kubeconfig is the only source of cluster and credentials for helm.
    env.remove(QStringLiteral("KUBECONFIG"));
    env.remove(QStringLiteral("HELM_NAMESPACE"));
    for (const QString &key : env.keys())
        if (key.startsWith(QLatin1String("HELM_KUBE")))
            env.remove(key);
    return env;
}

void HelmCli::addWait(QStringList &args, HelmWait wait, bool waitForJobs) const
{
    if (m_version.isHelm4()) {
        switch (wait) {
        case HelmWait::None: break;
        case HelmWait::Watcher: args << QStringLiteral("--wait=watcher"); break;
        case HelmWait::Legacy: args << QStringLiteral("--wait=legacy"); break;
        case HelmWait::HookOnly: args << QStringLiteral("--wait=hookOnly"); break;
        }
    } else if (wait == HelmWait::Watcher || wait == HelmWait::Legacy) {
        args << QStringLiteral("--wait");
    }
    if (waitForJobs && wait != HelmWait::None && wait != HelmWait::HookOnly)
        args << QStringLiteral("--wait-for-jobs");
}

Result<void> HelmCli::addServerSide(QStringList &args, HelmServerSide serverSide) const
{
    if (serverSide == HelmServerSide::Default)
        return {};
    if (!m_version.isHelm4()) {
        if (serverSide == HelmServerSide::On)
            return makeError(QStringLiteral("server-side apply needs Helm 4 (this is helm %1)").arg(m_version.text));
        return {}; // Helm 3 applies client-side: off and auto are what it does anyway
    }
    switch (serverSide) {
    case HelmServerSide::Default: break;
    case HelmServerSide::Auto: args << QStringLiteral("--server-side=auto"); break;
    case HelmServerSide::On: args << QStringLiteral("--server-side=true"); break;
    case HelmServerSide::Off: args << QStringLiteral("--server-side=false"); break;
    }
    return {};
}

Result<void> HelmCli::addCommon(QStringList &args, const HelmInstallOptions &o, bool upgrade, HelmCommand &command) const
{
    if (o.release.isEmpty())
        return makeError(QStringLiteral("no release name"), QStringLiteral("release"));
    if (o.chart.isEmpty())
        return makeError(QStringLiteral("no chart"), QStringLiteral("chart"));
    args << o.release << o.chart;
    if (!o.namespace_.isEmpty())
        args << QStringLiteral("--namespace") << o.namespace_;
    if (!o.chartVersion.isEmpty())
        args << QStringLiteral("--version") << o.chartVersion;
    if (!o.repoUrl.isEmpty())
        args << QStringLiteral("--repo") << o.repoUrl;
    if (o.createNamespace)
        args << QStringLiteral("--create-namespace");
    if (!o.values.yaml.isEmpty()) {
        args << QStringLiteral("--values") << QStringLiteral("-");
        command.stdinData = o.values.yaml;
    }
    for (const QString &row : o.values.setRows) {
        args << QStringLiteral("--set") << row;
        if (looksSecret(row))
            command.warnings << QStringLiteral("--set %1 is visible to other local users in the process list: put secrets in the values instead")
                                    .arg(row.section(QLatin1Char('='), 0, 0));
    }
    for (const QString &row : o.values.setStringRows) {
        args << QStringLiteral("--set-string") << row;
        if (looksSecret(row))
            command.warnings << QStringLiteral("--set-string %1 is visible to other local users in the process list: put secrets in the values instead")
                                    .arg(row.section(QLatin1Char('='), 0, 0));
    }
    addWait(args, o.wait, o.waitForJobs);
    if (o.timeoutSeconds > 0)
        args << timeoutArg(o.timeoutSeconds);
    if (o.rollbackOnFailure)
        args << (m_version.isHelm4() ? QStringLiteral("--rollback-on-failure") : QStringLiteral("--atomic"));
    if (o.forceReplace && o.forceConflicts)
        return makeError(QStringLiteral("force-replace and force-conflicts cannot be combined"));
    if (o.forceReplace)
        args << (m_version.isHelm4() ? QStringLiteral("--force-replace") : QStringLiteral("--force"));
    if (o.forceConflicts) {
        if (!m_version.isHelm4())
            return makeError(QStringLiteral("--force-conflicts needs Helm 4 (this is helm %1)").arg(m_version.text));
        args << QStringLiteral("--force-conflicts");
    }
    if (!upgrade && o.serverSide == HelmServerSide::Auto && m_version.isHelm4()) {
        // install's --server-side is a boolean in Helm 4 (default true): "auto" is for upgrade and rollback
    } else if (auto r = addServerSide(args, o.serverSide); !r) {
        return r;
    }
    switch (o.dryRun) {
    case HelmDryRun::None: break;
    case HelmDryRun::Client: args << QStringLiteral("--dry-run=client"); break;
    case HelmDryRun::Server: args << QStringLiteral("--dry-run=server"); break;
    }
    if (o.jsonOutput)
        args << QStringLiteral("--output") << QStringLiteral("json");
    if (!o.description.isEmpty())
        args << QStringLiteral("--description") << o.description;
    if (upgrade) {
        if (o.installIfMissing)
            args << QStringLiteral("--install");
        switch (o.valuesMode) {
        case HelmValuesMode::Default: break;
        case HelmValuesMode::Reuse: args << QStringLiteral("--reuse-values"); break;
        case HelmValuesMode::Reset: args << QStringLiteral("--reset-values"); break;
        case HelmValuesMode::ResetThenReuse:
            if (!m_version.isHelm4() && m_version.minor < 14)
                return makeError(QStringLiteral("--reset-then-reuse-values needs Helm 3.14 or later (this is helm %1)").arg(m_version.text));
            args << QStringLiteral("--reset-then-reuse-values");
            break;
        }
        if (o.cleanupOnFail)
            args << QStringLiteral("--cleanup-on-fail");
    }
    return {};
}

HelmCommand HelmCli::list(const QString &namespace_, bool allNamespaces) const
{
    HelmCommand c;
    c.verb = QStringLiteral("list");
    c.arguments << QStringLiteral("list") << QStringLiteral("--output") << QStringLiteral("json") << QStringLiteral("--max")
                << QStringLiteral("0");
    // Helm 4 lists every state by default; Helm 3 only deployed and failed ones without --all
    if (!m_version.isHelm4())
        c.arguments << QStringLiteral("--all");
    if (allNamespaces)
        c.arguments << QStringLiteral("--all-namespaces");
    else if (!namespace_.isEmpty())
        c.arguments << QStringLiteral("--namespace") << namespace_;
    return c;
}

HelmCommand HelmCli::history(const QString &release, const QString &namespace_) const
{
    HelmCommand c;
    c.verb = QStringLiteral("history");
    // no --max: 0 means "none" for history (unlike list), and helm keeps at most 10 by default
    c.arguments << QStringLiteral("history") << release << QStringLiteral("--output") << QStringLiteral("json");
    if (!namespace_.isEmpty())
        c.arguments << QStringLiteral("--namespace") << namespace_;
    return c;
}

HelmCommand HelmCli::status(const QString &release, const QString &namespace_, int revision) const
{
    HelmCommand c;
    c.verb = QStringLiteral("status");
    c.arguments << QStringLiteral("status") << release << QStringLiteral("--output") << QStringLiteral("json");
    if (!namespace_.isEmpty())
        c.arguments << QStringLiteral("--namespace") << namespace_;
    addRevision(c.arguments, revision);
    return c;
}

HelmCommand HelmCli::getValues(const QString &release, const QString &namespace_, bool all, int revision) const
{
    HelmCommand c;
    c.verb = QStringLiteral("get values");
    c.arguments << QStringLiteral("get") << QStringLiteral("values") << release << QStringLiteral("--output") << QStringLiteral("json");
    if (all)
        c.arguments << QStringLiteral("--all");
    if (!namespace_.isEmpty())
        c.arguments << QStringLiteral("--namespace") << namespace_;
    addRevision(c.arguments, revision);
    return c;
}

HelmCommand HelmCli::getManifest(const QString &release, const QString &namespace_, int revision) const
{
    HelmCommand c;
    c.verb = QStringLiteral("get manifest");
    c.arguments << QStringLiteral("get") << QStringLiteral("manifest") << release;
    if (!namespace_.isEmpty())
        c.arguments << QStringLiteral("--namespace") << namespace_;
    addRevision(c.arguments, revision);
    return c;
}

Result<HelmCommand> HelmCli::install(const HelmInstallOptions &options) const
{
    HelmCommand c;
    c.verb = QStringLiteral("install");
    c.arguments << QStringLiteral("install");
    if (auto r = addCommon(c.arguments, options, false, c); !r)
        return r.error();
    return c;
}

Result<HelmCommand> HelmCli::upgrade(const HelmInstallOptions &options) const
{
    HelmCommand c;
    c.verb = QStringLiteral("upgrade");
    c.arguments << QStringLiteral("upgrade");
    if (auto r = addCommon(c.arguments, options, true, c); !r)
        return r.error();
    return c;
}

Result<HelmCommand> HelmCli::templateChart(const HelmInstallOptions &options) const
{
    HelmInstallOptions o = options;
    // template renders locally: no waiting, no applying, no dry run (it is one)
    o.wait = HelmWait::None;
    o.waitForJobs = false;
    o.timeoutSeconds = 0;
    o.rollbackOnFailure = false;
    o.forceReplace = false;
    o.forceConflicts = false;
    o.serverSide = HelmServerSide::Default;
    o.dryRun = HelmDryRun::None;
    o.createNamespace = false;
    o.description.clear();
    HelmCommand c;
    c.verb = QStringLiteral("template");
    c.needsCluster = false;
    c.arguments << QStringLiteral("template");
    if (auto r = addCommon(c.arguments, o, false, c); !r)
        return r.error();
    return c;
}

Result<HelmCommand> HelmCli::pull(const QString &chart, const QString &chartVersion, const QString &repoUrl,
                                  const QString &destination) const
{
    if (chart.isEmpty())
        return makeError(QStringLiteral("no chart"), QStringLiteral("chart"));
    if (destination.isEmpty())
        return makeError(QStringLiteral("no folder to pull the chart into"));
    HelmCommand c;
    c.verb = QStringLiteral("pull");
    c.needsCluster = false;
    c.arguments << QStringLiteral("pull") << chart << QStringLiteral("--destination") << destination;
    if (!chartVersion.isEmpty())
        c.arguments << QStringLiteral("--version") << chartVersion;
    if (!repoUrl.isEmpty())
        c.arguments << QStringLiteral("--repo") << repoUrl;
    return c;
}

QString HelmCli::tempDirectory() const { return m_tempDir.isEmpty() ? QDir::tempPath() : m_tempDir; }

Result<HelmCommand> HelmCli::rollback(const HelmRollbackOptions &o) const
{
    if (o.release.isEmpty())
        return makeError(QStringLiteral("no release name"), QStringLiteral("release"));
    HelmCommand c;
    c.verb = QStringLiteral("rollback");
    c.arguments << QStringLiteral("rollback") << o.release;
    if (o.revision > 0)
        c.arguments << QString::number(o.revision);
    if (!o.namespace_.isEmpty())
        c.arguments << QStringLiteral("--namespace") << o.namespace_;
    addWait(c.arguments, o.wait, o.waitForJobs);
    if (o.timeoutSeconds > 0)
        c.arguments << timeoutArg(o.timeoutSeconds);
    if (o.forceReplace)
        c.arguments << (m_version.isHelm4() ? QStringLiteral("--force-replace") : QStringLiteral("--force"));
    if (auto r = addServerSide(c.arguments, o.serverSide); !r)
        return r.error();
    if (o.cleanupOnFail)
        c.arguments << QStringLiteral("--cleanup-on-fail");
    if (o.dryRun)
        c.arguments << QStringLiteral("--dry-run");
    return c;
}

Result<HelmCommand> HelmCli::uninstall(const HelmUninstallOptions &o) const
{
    if (o.release.isEmpty())
        return makeError(QStringLiteral("no release name"), QStringLiteral("release"));
    HelmCommand c;
    c.verb = QStringLiteral("uninstall");
    c.arguments << QStringLiteral("uninstall") << o.release;
    if (!o.namespace_.isEmpty())
        c.arguments << QStringLiteral("--namespace") << o.namespace_;
    if (o.keepHistory)
        c.arguments << QStringLiteral("--keep-history");
    addWait(c.arguments, o.wait, false);
    if (o.timeoutSeconds > 0)
        c.arguments << timeoutArg(o.timeoutSeconds);
    if (o.dryRun)
        c.arguments << QStringLiteral("--dry-run");
    return c;
}

HelmRun *HelmCli::start(const HelmCommand &command, const ResolvedContext &context, QObject *parent, int timeoutMs) const
{
    auto *run = new HelmRun(command.verb, parent);
    ProcessSpec spec;
    spec.program = m_program;
    spec.arguments = command.arguments;
    spec.environment = environment();
    spec.stdinData = command.stdinData;
    spec.timeoutMs = timeoutMs;
    spec.killGraceMs = m_killGraceMs;
    if (command.needsCluster) {
        QByteArray credentials = helmKubeconfig(context);
        const auto path = run->m_runner->createTempFile(credentials, QStringLiteral("fedconsole-helm-kubeconfig-XXXXXX"), m_tempDir);
        wipe(credentials); // on disk (0600, removed when helm exits) and nowhere else
        if (!path) {
            // report like any other end, from the event loop: the caller connects first
            QMetaObject::invokeMethod(run, [run, why = path.error().message] {
                HelmResult r;
                r.verb = run->m_verb;
                r.end = ProcessEnd::FailedToStart;
                r.failure = HelmFailure::NotStarted;
                r.summary = why;
                Q_EMIT run->finished(r);
            }, Qt::QueuedConnection);
            return run;
        }
        run->m_kubeconfig = path.value();
        // global flags after the command's own: helm accepts them anywhere
        spec.arguments << QStringLiteral("--kubeconfig") << path.value();
        const QString name = context.contextName.isEmpty() ? QStringLiteral("fedconsole") : context.contextName;
        spec.arguments << QStringLiteral("--kube-context") << name;
    }
    run->m_runner->start(spec);
    return run;
}

} // namespace fc
