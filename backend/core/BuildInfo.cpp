#include "backend/core/BuildInfo.h"

#include "backend/core/ProcessRunner.h"
#include "fedconsole/BuildVersions.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <openssl/crypto.h>

namespace fc {

QString appVersion()
{
    return QStringLiteral(FEDCONSOLE_VERSION);
}

QList<ComponentVersion> componentVersions()
{
    QString qt = QString::fromLatin1(qVersion());
    if (qt != QLatin1String(QT_VERSION_STR))
        qt += QStringLiteral(" (built with %1)").arg(QLatin1String(QT_VERSION_STR));
    QString openssl = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)); // "OpenSSL 3.0.15 3 Sep 2024"
    if (openssl.startsWith(QLatin1String("OpenSSL ")))
        openssl = openssl.mid(8);
    return {
        {QStringLiteral("Qt"), qt},
        {QStringLiteral("OpenSSL"), openssl},
        {QStringLiteral("yaml-cpp"), QStringLiteral(FEDCONSOLE_YAML_CPP_VERSION)},
        {QStringLiteral("simdjson"), QStringLiteral(FEDCONSOLE_SIMDJSON_VERSION)},
        {QStringLiteral("QtKeychain"), QStringLiteral(FEDCONSOLE_QTKEYCHAIN_VERSION)},
    };
}

QString versionReport(const QString &programName)
{
    QString out = programName + u' ' + appVersion() + u'\n';
    for (const ComponentVersion &c : componentVersions())
        out += c.name + u' ' + c.version + u'\n';
    return out;
}

QString versionInOutput(const QByteArray &output)
{
    static const QRegularExpression version(QStringLiteral(R"((?<![\w.])v?\d+\.\d+(?:\.\d+)?(?:[-+][\w.+-]*)?)"));
    const QRegularExpressionMatch m = version.match(QString::fromUtf8(output));
    return m.hasMatch() ? m.captured(0) : QString();
}

void probeToolVersion(const QString &name, const QString &configured, QObject *context,
                      std::function<void(const ToolVersion &)> done)
{
    ToolVersion tool;
    tool.name = name;
    if (!configured.isEmpty()) {
        const QFileInfo info(configured);
        if (!info.isFile() || !info.isExecutable()) {
            tool.problem = QObject::tr("%1 (set in preferences) is not an executable file").arg(configured);
            done(tool);
            return;
        }
        tool.program = info.absoluteFilePath();
    } else {
        tool.program = QStandardPaths::findExecutable(name);
        if (tool.program.isEmpty()) {
            tool.problem = QObject::tr("not found on PATH");
            done(tool);
            return;
        }
    }
    auto *runner = new ProcessRunner(context);
    QObject::connect(runner, &ProcessRunner::finished, context, [runner, tool, done](const ProcessResult &r) mutable {
        runner->deleteLater();
        if (r.ok()) {
            tool.version = versionInOutput(r.stdoutData);
            if (tool.version.isEmpty())
                tool.problem = QObject::tr("no version in its output: %1").arg(QString::fromUtf8(r.stdoutData.left(200)).trimmed());
        } else if (r.end == ProcessEnd::FailedToStart) {
            tool.problem = r.errorString;
        } else if (r.end == ProcessEnd::TimedOut) {
            tool.problem = QObject::tr("gave no answer in 10 s");
        } else {
            tool.problem = QObject::tr("exited with %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.stderrData.left(300)).trimmed());
        }
        done(tool);
    });
    ProcessSpec spec;
    spec.program = tool.program;
    spec.arguments = name == u"kubectl" ? QStringList{QStringLiteral("version"), QStringLiteral("--client")}
                                        : QStringList{QStringLiteral("version"), QStringLiteral("--short")};
    spec.timeoutMs = 10000;
    spec.killGraceMs = 1000;
    runner->start(spec);
}

} // namespace fc
