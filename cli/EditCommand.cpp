#include "cli/EditCommand.h"

#include "cli/CliSupport.h"
#include "cli/ClusterSession.h"

#include "backend/cluster/YamlCodec.h"
#include "model/editors/ConfigMapModel.h"
#include "model/editors/EditableDocument.h"
#include "model/editors/KubeValidation.h"
#include "model/editors/TextDiff.h"

#include <QEventLoop>

#include <optional>

namespace fc::cli {

namespace {

const char kUsage[] = R"(usage: fedconsole-cli edit-configmap NAME [-n NS] [--set KEY=VALUE]... [--set-file KEY=FILE]...
                                   [--delete KEY]... [--dry-run]
Changes keys of a ConfigMap: keys are checked by Kubernetes' rules, values of keys named *.json,
*.yaml/*.yml (or that look like JSON) are parsed first — a syntax error names line and column and
nothing is sent. The change is written as a merge patch with the resourceVersion read as
precondition (someone else's write meanwhile: nothing is written, run again); --dry-run lets the
server check it without storing. The diff of the data is printed. Immutable ConfigMaps are refused.
)";

struct Change {
    QString key;
    std::optional<QString> text; ///< nullopt: delete
};

} // namespace

int runEditConfigMap(const GlobalOptions &g, const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString name, ns;
    bool dryRun = false;
    QList<Change> changes;
    QStringList problems;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if ((a == u"-n" || a == u"--namespace") && hasValue) {
            ns = args[++i];
        } else if ((a == u"--set" || a == u"--set-file") && hasValue) {
            const QString kv = args[++i];
            const qsizetype eq = kv.indexOf(u'=');
            if (eq <= 0) {
                err << "error: " << a << " takes KEY=" << (a == u"--set" ? "VALUE" : "FILE") << ", not '" << kv << "'\n" << kUsage;
                return kExitUsage;
            }
            QString value = kv.mid(eq + 1);
            if (a == u"--set-file") {
                const Result<QByteArray> content = readFile(value);
                if (!content)
                    return failure(err, content.error());
                value = QString::fromUtf8(content.value());
            }
            changes.append({kv.left(eq), value});
        } else if (a == u"--delete" && hasValue) {
            changes.append({args[++i], std::nullopt});
        } else if (a == u"--dry-run") {
            dryRun = true;
        } else if (a == u"-h" || a == u"--help") {
            out << kUsage;
            return 0;
        } else if (!a.startsWith(u'-') && name.isEmpty()) {
            name = a;
        } else {
            err << "error: unexpected argument '" << a << "'\n" << kUsage;
            return kExitUsage;
        }
    }
    if (name.isEmpty() || changes.isEmpty()) {
        err << "error: name the ConfigMap and at least one --set, --set-file or --delete\n" << kUsage;
        return kExitUsage;
    }
    // every problem with the input at once, before connecting
    for (const Change &c : std::as_const(changes)) {
        for (const QString &p : editors::validation::configMapKeyProblems(c.key))
            problems << QStringLiteral("key \"%1\": %2").arg(c.key, p);
        if (c.text) {
            const editors::ValueCheck check = editors::checkValue(c.key, *c.text);
            if (!check.ok)
                problems << QStringLiteral("%1: %2").arg(c.key, check.summary());
        }
    }
    if (!problems.isEmpty()) {
        err << "error: nothing was sent:\n";
        for (const QString &p : std::as_const(problems))
            err << "  " << p << '\n';
        return kExitUsage;
    }

    auto session = ClusterSession::open(g);
    if (!session)
        return failure(err, session.error());
    ClusterSession &s = *session.value();
    if (ns.isEmpty())
        ns = s.context().namespaceName;
    editors::EditableDocument doc(&s.objects(), ResourceType::of(Kind::ConfigMap));
    const Result<void> fetched = s.await<void>([&](QObject *, auto done) { doc.fetch(ns, name, done); });
    if (!fetched)
        return failure(err, fetched.error());
    if (editors::configmap::isImmutable(doc.original()))
        return failure(err, editors::configmap::immutableError(doc.original()));
    QJsonObject edited = doc.edited();
    for (const Change &c : std::as_const(changes)) {
        if (c.text) {
            edited = editors::configmap::withText(edited, c.key, *c.text);
            continue;
        }
        bool found = false;
        for (const char *field : {"data", "binaryData"}) {
            QJsonObject map = edited.value(QLatin1String(field)).toObject();
            if (!map.contains(c.key))
                continue;
            found = true;
            map.remove(c.key);
            if (map.isEmpty())
                edited.remove(QLatin1String(field));
            else
                edited.insert(QLatin1String(field), map);
        }
        if (!found) {
            err << "error: ConfigMap " << ns << '/' << name << " has no key \"" << c.key << "\"; nothing was sent\n";
            return kExitFailed;
        }
    }
    doc.setEdited(edited, QStringLiteral("fedconsole-cli edit-configmap"));
    if (!doc.isModified()) {
        out << "no change: ConfigMap " << ns << '/' << name << " already has those values\n";
        return 0;
    }
    out << "--- ConfigMap " << ns << '/' << name << '\n' << editors::unifiedYamlDiff(doc.original(), doc.edited());
    std::optional<editors::EditableDocument::Outcome> outcome;
    QEventLoop loop; // the CLI waits here; the document never blocks
    WriteOptions options;
    options.dryRun = dryRun;
    doc.apply(options, [&](const editors::EditableDocument::Outcome &o) {
        outcome = o;
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    using Kind = editors::EditableDocument::Outcome::Kind;
    switch (outcome->kind) {
    case Kind::Applied:
        out << "ConfigMap " << ns << '/' << name << " written\n";
        return 0;
    case Kind::DryRunPassed:
        out << "dry run, nothing stored: the server accepts the change\n";
        return 0;
    case Kind::Conflict: {
        Error e = outcome->error;
        e.message = QStringLiteral("ConfigMap %1/%2 was changed by someone else since it was read; nothing was written — run the "
                                   "command again: %3").arg(ns, name, e.message);
        return failure(err, e);
    }
    case Kind::Rejected:
        break;
    }
    return failure(err, outcome->error);
}

} // namespace fc::cli
