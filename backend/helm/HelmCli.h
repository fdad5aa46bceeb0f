#pragma once

#include "backend/cluster/Kubeconfig.h"
#include "backend/core/ProcessRunner.h"
#include "backend/core/Result.h"

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>

namespace fc {

/// A helm binary's version, from `helm version`.
struct HelmVersion {
    int major = 0;
    int minor = 0;
    int patch = 0;
    QString text; ///< "v3.21.4"

    bool isHelm4() const { return major >= 4; }
    /// Helm 3.8 (values from stdin with `-f -`, OCI without the experimental flag) or Helm 4.
    bool supported() const { return major == 4 || (major == 3 && minor >= 8); }
};

/// `helm version` output ("v3.21.4+g…", `version.BuildInfo{Version:"v3.8.0", …}`, or
/// --template '{{.Version}}') → the version. Errors say what was read.
Result<HelmVersion> parseHelmVersion(const QString &output);

/// How long and on what helm waits after applying (Helm 4's --wait strategies; Helm 3 only
/// knows "wait for resources" (--wait) or not).
enum class HelmWait {
    None,     ///< Helm 4: its default (hookOnly); Helm 3: no --wait
    Watcher,  ///< kstatus watcher (Helm 4 --wait=watcher); Helm 3 --wait
    Legacy,   ///< Helm 4 --wait=legacy (Helm 3's polling); Helm 3 --wait
    HookOnly, ///< Helm 4 --wait=hookOnly; Helm 3: no --wait (it always waits for hooks)
};

/// Helm 4's apply method. Helm 3 applies client-side only.
enum class HelmServerSide {
    Default, ///< helm's own default (v4: install true, upgrade/rollback auto)
    Auto,    ///< keep the release's stored method (v4)
    On,
    Off,
};

/// What an upgrade does with the values of the previous revision (lens#4764, #7850).
enum class HelmValuesMode {
    Default,        ///< helm's default: reset when values are given, else reuse
    Reuse,          ///< --reuse-values: previous user values, new ones merged over them
    Reset,          ///< --reset-values: only the chart's defaults and the values given now
    ResetThenReuse, ///< --reset-then-reuse-values (Helm ≥ 3.14): new chart defaults, previous user values, new ones
};

enum class HelmDryRun { None, Client, Server };

/// Values for one install/upgrade/template: YAML handed to helm on stdin (`-f -`) and `--set`
/// rows, which are arguments and so visible to other local users: never put secrets there.
struct HelmValues {
    QByteArray yaml;         ///< empty: none
    QStringList setRows;     ///< "key=value", "a.b[0]=x" (--set)
    QStringList setStringRows; ///< --set-string
};

/// Options shared by install and upgrade (and template, which uses the chart and values).
struct HelmInstallOptions {
    QString release;
    QString chart;           ///< a directory, a .tgz, "repo/chart" or "oci://…"
    QString chartVersion;    ///< --version
    QString repoUrl;         ///< --repo
    QString namespace_;
    bool createNamespace = false;
    HelmValues values;
    HelmWait wait = HelmWait::None;
    bool waitForJobs = false;
    int timeoutSeconds = 0;  ///< --timeout (0: helm's 5 min)
    bool rollbackOnFailure = false; ///< v4 --rollback-on-failure, v3 --atomic
    bool forceReplace = false;      ///< v4 --force-replace, v3 --force
    bool forceConflicts = false;    ///< v4 only, with server-side apply
    HelmServerSide serverSide = HelmServerSide::Default;
    HelmDryRun dryRun = HelmDryRun::None;
    bool jsonOutput = false;        ///< --output json: the release (manifest, hooks, notes) as JSON
    QString description;
    // upgrade only
    bool installIfMissing = false;  ///< upgrade --install
    HelmValuesMode valuesMode = HelmValuesMode::Default;
    bool cleanupOnFail = false;
};

struct HelmRollbackOptions {
    QString release;
    QString namespace_;
    int revision = 0;        ///< 0: the previous revision
    HelmWait wait = HelmWait::None;
    bool waitForJobs = false;
    int timeoutSeconds = 0;
    bool forceReplace = false;
    HelmServerSide serverSide = HelmServerSide::Default;
    bool cleanupOnFail = false;
    bool dryRun = false;
};

struct HelmUninstallOptions {
    QString release;
    QString namespace_;
    bool keepHistory = false;
    HelmWait wait = HelmWait::None;
    int timeoutSeconds = 0;
    bool dryRun = false;
};

/// One helm invocation, ready to run: its arguments (without the kubeconfig, which HelmCli
/// adds per run), what goes to stdin, and warnings for the person who asked.
struct HelmCommand {
    QString verb;            ///< install, upgrade, rollback, uninstall, list, history, status, get, template
    QStringList arguments;
    QByteArray stdinData;
    bool needsCluster = true;
    QStringList warnings;    ///< e.g. a --set row that looks like a secret
};

/// What kind of failure helm reported (matched on its text: helm exits 1 for all of them).
enum class HelmFailure {
    None,
    SchemaViolation,      ///< values don't meet the chart's values.schema.json
    OperationInProgress,  ///< the release is pending-*: another operation runs or was killed
    NameInUse,            ///< install of a name that is still in use
    NoDeployedReleases,   ///< upgrade of a release that has none deployed
    NotFound,             ///< release not found
    Timeout,              ///< context deadline exceeded / timed out waiting
    Cancelled,            ///< stopped by us (SIGTERM); helm marked the release failed
    Unreachable,          ///< the cluster could not be reached
    Forbidden,
    NotStarted,           ///< helm could not be run at all
    Other,
};

/// The end of a helm run: the verbatim output and a one-line summary to show above it.
struct HelmResult {
    QString verb;
    bool ok = false;
    ProcessEnd end = ProcessEnd::Exited;
    int exitCode = -1;
    QByteArray stdoutData;
    QString stderrText;      ///< verbatim
    HelmFailure failure = HelmFailure::None;
    QString summary;         ///< "UPGRADE FAILED: …", "values don't meet the chart's schema: …"
    /// summary + verbatim stderr, as an Error value
    Error error() const;
};

/// Reads helm's stderr for the one line a person needs first, and the kind of failure.
struct HelmErrorSummary {
    HelmFailure failure = HelmFailure::None;
    QString summary;
};
HelmErrorSummary summarizeHelmError(const QString &stderrText);

/// One running helm command. Its output comes line by line; cancel() sends SIGTERM (helm
/// cancels the operation and marks the release failed) and SIGKILL only if helm is still there
/// after the grace period. The temporary kubeconfig is gone when finished() arrives.
class HelmRun final : public QObject {
    Q_OBJECT
public:
    explicit HelmRun(QString verb, QObject *parent = nullptr);
    ProcessRunner *process() const { return m_runner; }
    /// The 0600 kubeconfig written for this run ("" for commands that need no cluster).
    QString kubeconfigPath() const { return m_kubeconfig; }
    void cancel() { m_runner->cancel(); }
    bool isRunning() const { return m_runner->isRunning(); }

Q_SIGNALS:
    void outputLine(const QString &line, bool standardError);
    void finished(const fc::HelmResult &result);

private:
    friend class HelmCli;
    void onFinished(const ProcessResult &result);

    QString m_verb;
    QString m_kubeconfig;
    ProcessRunner *m_runner;
};

/// Drives the real helm CLI: finds it, reads its version, builds argument lists with the
/// Helm 3 / Helm 4 differences handled (--atomic / --rollback-on-failure, --force /
/// --force-replace, --wait strategies, server-side apply) and runs them with the app's
/// credentials in a 0600 temporary kubeconfig, values on stdin, nothing secret on the command
/// line. A value: copy it freely.
class HelmCli {
public:
    /// `configured` (a preference) when set, else helm on PATH.
    static Result<QString> findProgram(const QString &configured = {});
    /// Runs `helm version` and reports the parsed version (unsupported ones are an error).
    /// The returned runner is owned by `context`.
    static ProcessRunner *probe(const QString &program, QObject *context, std::function<void(const Result<HelmCli> &)> done);

    HelmCli() = default;
    HelmCli(QString program, HelmVersion version);

    const QString &program() const { return m_program; }
    const HelmVersion &version() const { return m_version; }
    /// Environment helm runs with: this process's, minus what would override the temporary
    /// kubeconfig (KUBECONFIG, HELM_KUBE*, HELM_NAMESPACE). Tests may replace it.
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    QProcessEnvironment environment() const;
    /// SIGTERM → SIGKILL delay for cancel (default 30 s: helm rolls back or marks the release
    /// failed in that time).
    void setKillGraceMs(int ms) { m_killGraceMs = ms; }
    /// Where temporary kubeconfigs go (default: $TMPDIR).
    void setTempDirectory(const QString &dir) { m_tempDir = dir; }
    /// Where temporary files and folders go: the folder set above, else $TMPDIR.
    QString tempDirectory() const;

    // Read commands (JSON output where helm has one)
    HelmCommand list(const QString &namespace_, bool allNamespaces) const;
    HelmCommand history(const QString &release, const QString &namespace_) const;
    HelmCommand status(const QString &release, const QString &namespace_, int revision = 0) const;
    HelmCommand getValues(const QString &release, const QString &namespace_, bool all = false, int revision = 0) const;
    HelmCommand getManifest(const QString &release, const QString &namespace_, int revision = 0) const;
    // Changes
    Result<HelmCommand> install(const HelmInstallOptions &options) const;
    Result<HelmCommand> upgrade(const HelmInstallOptions &options) const;
    /// `helm template`: the rendered objects on stdout, no cluster needed.
    Result<HelmCommand> templateChart(const HelmInstallOptions &options) const;
    /// `helm pull` of a repository ("repo/chart", or a name with `repoUrl`) or OCI chart as a .tgz
    /// into `destination`, a folder the caller made and removes: the install dialog reads the
    /// chart's defaults and values.schema.json from it. Helm's own repository and registry
    /// settings apply; no cluster needed.
    Result<HelmCommand> pull(const QString &chart, const QString &chartVersion, const QString &repoUrl,
                             const QString &destination) const;
    Result<HelmCommand> rollback(const HelmRollbackOptions &options) const;
    Result<HelmCommand> uninstall(const HelmUninstallOptions &options) const;

    /// Starts `command` for `context` (its credentials go into a 0600 temporary kubeconfig
    /// passed as --kubeconfig, removed when helm exits). The run is owned by `parent`.
    HelmRun *start(const HelmCommand &command, const ResolvedContext &context, QObject *parent = nullptr, int timeoutMs = 0) const;

private:
    Result<void> addCommon(QStringList &args, const HelmInstallOptions &o, bool upgrade, HelmCommand &command) const;
    void addWait(QStringList &args, HelmWait wait, bool waitForJobs) const;
    Result<void> addServerSide(QStringList &args, HelmServerSide serverSide) const;

    QString m_program;
    HelmVersion m_version;
    std::optional<QProcessEnvironment> m_environment;
    int m_killGraceMs = 30000;
    QString m_tempDir;
};

} // namespace fc

Q_DECLARE_METATYPE(fc::HelmResult)
