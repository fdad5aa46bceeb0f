#include "cli/ClusterCommands.h"

#include "cli/ClusterSession.h"

#include "backend/cluster/ObjectParser.h"
#include "model/cluster/ResourceFilterProxy.h"
#include "model/cluster/ResourceStore.h"
#include "model/cluster/ResourceTableModel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fc::cli {

GlobalOptions takeGlobalOptions(QStringList &args)
{
    GlobalOptions g;
    for (int i = 0; i < args.size();) {
        auto take = [&](const QString &name, QString &into) {
            if (args[i] == name && i + 1 < args.size()) {
                into = args[i + 1];
                args.remove(i, 2);
                return true;
            }
            if (args[i].startsWith(name + u'=')) {
                into = args[i].mid(name.size() + 1);
                args.remove(i);
                return true;
            }
            return false;
        };
        if (take(QStringLiteral("--kubeconfig"), g.kubeconfig) || take(QStringLiteral("--context"), g.context))
            continue;
        ++i;
    }
    return g;
}

QString alignedTable(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &h : headers)
        widths.append(int(h.size()));
    for (const QStringList &r : rows)
        for (int c = 0; c < r.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], int(r[c].size()));
    QString out;
    auto line = [&](const QStringList &cells) {
        QString l;
        for (int c = 0; c < cells.size(); ++c) {
            if (c + 1 < cells.size())
                l += cells[c].leftJustified(widths[c] + 3);
            else
                l += cells[c];
        }
        out += l + u'\n';
    };
    line(headers);
    for (const QStringList &r : rows)
        line(r);
    return out;
}

int runContexts(const GlobalOptions &g, const QStringList &args, QTextStream &out, QTextStream &err)
{
    const bool json = args.contains(QStringLiteral("-o=json")) || args.join(u' ').contains(QStringLiteral("-o json"));
    const Kubeconfig kc = Kubeconfig::load(g.kubeconfig.isEmpty() ? Kubeconfig::defaultPaths() : QStringList{g.kubeconfig});
    for (const Error &e : kc.errors())
        err << "warning: " << e.toString() << Qt::endl;
    QList<QStringList> rows;
    QJsonArray arr;
    for (const QString &name : kc.contextNames()) {
        const auto r = kc.resolve(name);
        const bool current = name == kc.currentContext();
        QStringList row{current ? QStringLiteral("*") : QString(), name};
        if (r) {
            row << r->clusterName << r->userName << r->namespaceName << r->server.toString()
                << (r->insecure || r->insecureSkipTlsVerify ? QStringLiteral("INSECURE") : QString());
        } else {
            row << QString() << QString() << QString() << QString() << QStringLiteral("ERROR: ") + r.error().toString();
        }
        rows.append(row);
        QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("current"), current}};
        if (r) {
            o.insert(QStringLiteral("cluster"), r->clusterName);
            o.insert(QStringLiteral("user"), r->userName);
            o.insert(QStringLiteral("namespace"), r->namespaceName);
            o.insert(QStringLiteral("server"), r->server.toString());
            o.insert(QStringLiteral("insecure"), r->insecure || r->insecureSkipTlsVerify);
        } else {
            o.insert(QStringLiteral("error"), r.error().toString());
        }
        arr.append(o);
    }
    if (json)
        out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    else
        out << alignedTable({QStringLiteral("CURRENT"), QStringLiteral("NAME"), QStringLiteral("CLUSTER"), QStringLiteral("AUTHINFO"),
                             QStringLiteral("NAMESPACE"), QStringLiteral("SERVER"), QStringLiteral("NOTE")},
                            rows);
    if (kc.contextNames().isEmpty()) {
        err << "error: no contexts found in " << kc.files().join(u':') << Qt::endl;
        return 2;
    }
    return 0;
}

int runGet(const GlobalOptions &g, const QStringList &argsIn, QTextStream &out, QTextStream &err)
{
    QStringList args = argsIn;
    QString ns, output;
    bool all = false;
    QString selector;
    QStringList positional;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&](const QString &s, const QString &l, QString &into) {
            if ((a == s || a == l) && i + 1 < args.size()) {
                into = args[++i];
                return true;
            }
            if (a.startsWith(l + u'=')) {
                into = a.mid(l.size() + 1);
                return true;
            }
            if (a.startsWith(s + u'=')) {
                into = a.mid(s.size() + 1);
                return true;
            }
            return false;
        };
        if (value(QStringLiteral("-n"), QStringLiteral("--namespace"), ns) || value(QStringLiteral("-o"), QStringLiteral("--output"), output)
            || value(QStringLiteral("-l"), QStringLiteral("--selector"), selector))
            continue;
        if (a == u"-A" || a == u"--all-namespaces")
            all = true;
        else if (a.startsWith(u'-')) {
            err << "error: unknown flag " << a << Qt::endl;
            return 1;
        } else
            positional << a;
    }
    if (positional.size() != 1) {
        err << "usage: fedconsole-cli get KIND [-n NS | -A] [-l SELECTOR] [-o wide|json]" << Qt::endl;
        return 1;
    }
    const auto kind = kindFromName(positional.first());
    if (!kind) {
        err << "error: the server doesn't have a resource type \"" << positional.first() << "\"" << Qt::endl;
        return 1;
    }
    if (!output.isEmpty() && output != u"wide" && output != u"json") {
        err << "error: unknown output format '" << output << "' (wide or json)" << Qt::endl;
        return 1;
    }
    auto session = ClusterSession::open(g);
    if (!session) {
        err << "error: " << session.error().toString() << Qt::endl;
        return 2;
    }
    ClusterSession &s = *session.value();
    const bool namespaced = kindInfo(*kind).namespaced;
    const QString effectiveNs = !namespaced || all ? QString() : (ns.isEmpty() ? s.context().namespaceName : ns);

    if (output == u"json") {
        ApiRequest req;
        req.path = ClusterConnection::objectPath(*kind, effectiveNs);
        if (!selector.isEmpty())
            req.query.addQueryItem(QStringLiteral("labelSelector"), selector);
        const auto body = s.request(req);
        if (!body) {
            err << "error: " << body.error().toString() << Qt::endl;
            return 2;
        }
        QJsonObject list = QJsonDocument::fromJson(body.value()).object();
        list.insert(QStringLiteral("kind"), QStringLiteral("List"));
        list.insert(QStringLiteral("apiVersion"), QStringLiteral("v1"));
        list.remove(QStringLiteral("metadata"));
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return 0;
    }

    ResourceStore store(*kind, s.context().contextName);
    auto synced = s.list(store, effectiveNs, selector);
    if (!synced) {
        err << "error: " << synced.error().toString() << Qt::endl;
        return 2;
    }
    ResourceTableModel table;
    table.setStore(&store);
    ResourceFilterProxy proxy;
    proxy.setSourceModel(&table);
    proxy.sort(table.nameColumn() >= 0 ? table.nameColumn() : 0);
    if (table.namespaceColumn() >= 0)
        proxy.sort(table.namespaceColumn()); // stable: namespace, then name, as kubectl prints
    QStringList headers = ResourceTableModel::columnsFor(*kind);
    // kubectl's default output hides these unless -o wide; NAMESPACE only with -A
    QList<int> shown;
    static const QStringList wideOnly{QStringLiteral("IP"), QStringLiteral("NODE"), QStringLiteral("INTERNAL-IP"),
                                      QStringLiteral("GPU")};
    for (int c = 0; c < headers.size(); ++c) {
        if (headers[c] == u"NAMESPACE" && !all)
            continue;
        if (output != u"wide" && wideOnly.contains(headers[c]))
            continue;
        shown << c;
    }
    if (proxy.rowCount() == 0) {
        if (effectiveNs.isEmpty())
            err << "No resources found" << Qt::endl;
        else
            err << "No resources found in " << effectiveNs << " namespace." << Qt::endl;
        return 0;
    }
    QStringList h;
    for (int c : shown)
        h << headers[c];
    QList<QStringList> rows;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        QStringList row;
        for (int c : shown)
            row << proxy.index(r, c).data().toString();
        rows << row;
    }
    out << alignedTable(h, rows);
    return 0;
}

} // namespace fc::cli
