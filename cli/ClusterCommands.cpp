#include "cli/ClusterCommands.h"

#include "cli/ClusterSession.h"
#include "cli/TextTable.h"

#include "cli/FederationCommand.h"

#include "backend/cluster/ObjectParser.h"
#include "model/federation/FederationModel.h"
#include "model/federation/FederationService.h"
#include "model/gpu/GpuModel.h"
#include "model/helm/ReleaseListModel.h"
#include "model/pki/SecretCertificates.h"
#include "model/cluster/ResourceFilterProxy.h"
#include "model/cluster/Informer.h"
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
        if (args[i] == u"--all-contexts") {
            g.allContexts = true;
            args.remove(i);
            continue;
        }
        ++i;
    }
    return g;
}

Result<QList<GlobalOptions>> sessionsFor(const GlobalOptions &g)
{
    if (!g.allContexts)
        return QList<GlobalOptions>{g};
    const QStringList paths = g.kubeconfig.isEmpty() ? Kubeconfig::defaultPaths() : QStringList{g.kubeconfig};
    const Kubeconfig kc = Kubeconfig::load(paths);
    QList<GlobalOptions> out;
    for (const QString &name : kc.contextNames()) {
        GlobalOptions one = g;
        one.context = name;
        one.allContexts = false;
        out.append(one);
    }
    if (out.isEmpty()) {
        for (const Error &e : kc.errors())
            return e;
        return makeError(QObject::tr("no contexts found in %1").arg(paths.join(u':')));
    }
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
    auto sessions = sessionsFor(g);
    if (!sessions) {
        err << "error: " << sessions.error().toString() << Qt::endl;
        return 2;
    }
    const bool namespaced = kindInfo(*kind).namespaced;
    const bool many = g.allContexts;
    QJsonArray contexts;      // -o json with --all-contexts: one entry per context
    QStringList headers;      // table: the columns shown, CONTEXT first with --all-contexts
    QList<QStringList> rows;
    int failed = 0;
    for (const GlobalOptions &one : sessions.value()) {
        // a context that cannot answer is reported and the others still listed
        auto fail = [&](const Error &e) {
            ++failed;
            err << "error: " << (many ? QStringLiteral("context %1: ").arg(one.context) : QString()) << e.toString() << Qt::endl;
            contexts.append(QJsonObject{{QStringLiteral("name"), one.context}, {QStringLiteral("error"), e.toString()}});
        };
        auto session = ClusterSession::open(one);
        if (!session) {
            fail(session.error());
            continue;
        }
        ClusterSession &s = *session.value();
        const QString effectiveNs = !namespaced || all ? QString() : (ns.isEmpty() ? s.context().namespaceName : ns);

        if (output == u"json") {
            ListOptions options;
            options.namespace_ = effectiveNs;
            options.labelSelector = selector;
            const auto items = s.await<QList<QJsonObject>>([&](QObject *c, auto done) {
                s.objects().list(ResourceType::of(*kind), options, c, done);
            });
            if (!items) {
                fail(items.error());
                continue;
            }
            QJsonArray array;
            for (const QJsonObject &o : items.value())
                array.append(o);
            contexts.append(QJsonObject{{QStringLiteral("name"), s.context().contextName}, {QStringLiteral("items"), array}});
            continue;
        }

        ResourceStore store(*kind, s.context().contextName);
        auto synced = s.list(store, effectiveNs, selector);
        if (!synced) {
            fail(synced.error());
            continue;
        }
        ResourceTableModel table;
        table.setStore(&store);
        ResourceFilterProxy proxy;
        proxy.setSourceModel(&table);
        proxy.sort(table.nameColumn() >= 0 ? table.nameColumn() : 0);
        if (table.namespaceColumn() >= 0)
            proxy.sort(table.namespaceColumn()); // stable: namespace, then name, as kubectl prints
        const QStringList columns = ResourceTableModel::columnsFor(store.type());
        // kubectl's default output hides these unless -o wide; NAMESPACE only with -A
        QList<int> shown;
        static const QStringList wideOnly{QStringLiteral("IP"), QStringLiteral("NODE"), QStringLiteral("INTERNAL-IP"),
                                          QStringLiteral("GPU")};
        for (int c = 0; c < columns.size(); ++c) {
            if (columns[c] == u"NAMESPACE" && !all)
                continue;
            if (output != u"wide" && wideOnly.contains(columns[c]))
                continue;
            shown << c;
        }
        if (proxy.rowCount() == 0) {
            const QString where = many ? QStringLiteral(" in context ") + s.context().contextName : QString();
            if (effectiveNs.isEmpty())
                err << "No resources found" << where << Qt::endl;
            else
                err << "No resources found in " << effectiveNs << " namespace" << (many ? where : QStringLiteral(".")) << Qt::endl;
            continue;
        }
        headers.clear();
        if (many)
            headers << QStringLiteral("CONTEXT");
        for (int c : shown)
            headers << columns[c];
        for (int r = 0; r < proxy.rowCount(); ++r) {
            QStringList row;
            if (many)
                row << s.context().contextName;
            for (int c : shown)
                row << proxy.index(r, c).data().toString();
            rows << row;
        }
    }
    if (output == u"json") {
        if (many) {
            out << QJsonDocument(QJsonObject{{QStringLiteral("contexts"), contexts}}).toJson(QJsonDocument::Indented);
        } else if (!failed) {
            const QJsonObject list{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                                   {QStringLiteral("kind"), QStringLiteral("List")},
                                   {QStringLiteral("items"), contexts.at(0).toObject().value(QStringLiteral("items"))}};
            out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        }
    } else if (!rows.isEmpty()) {
        out << alignedTable(headers, rows);
    }
    return failed ? 2 : 0;
}

namespace {

struct ViewOptions {
    bool json = false;
    bool wide = false;
    QStringList files;
};

std::optional<ViewOptions> parseViewOptions(const QStringList &args, QTextStream &err)
{
    ViewOptions o;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if ((a == u"-o" || a == u"--output") && i + 1 < args.size()) {
            const QString v = args[++i];
            if (v == u"json")
                o.json = true;
            else if (v == u"wide")
                o.wide = true;
            else {
                err << "error: unknown output format '" << v << "' (json or wide)" << Qt::endl;
                return std::nullopt;
            }
        } else if (a == u"-o=json" || a == u"--output=json") {
            o.json = true;
        } else if (a == u"--wide" || a == u"-o=wide") {
            o.wide = true;
        } else if ((a == u"-f" || a == u"--filename") && i + 1 < args.size()) {
            o.files << args[++i];
        } else {
            err << "error: unknown argument " << a << Qt::endl;
            return std::nullopt;
        }
    }
    return o;
}


/// Lists every kind the views need into the models, then reads the certificates of the
/// parties' secrets so expiry is part of their health. A kind the user may not list
/// cluster-wide is listed in the namespaces where the role allows it (the informer's fallback);
/// what stays hidden is returned as notes ("nodes hidden: forbidden: …"). The models may already
/// hold other clusters (--all-contexts): this one's objects are added under its context name.
Result<QStringList> loadLive(ClusterSession &s, FederationModel &federations, GpuModel &gpus, bool *nodesHidden,
                             QHash<QString, QDateTime> *expiry, QHash<QString, PartyRelease> *releases)
{
    const QString cluster = s.context().contextName;
    Informer informer(&s.connection());
    informer.setNamespaceHints({s.context().namespaceName});
    QList<ResourceStore *> stores;
    for (Kind kind : FederationService::inputKinds())
        stores << informer.store(kind);
    if (auto r = s.sync(stores); !r)
        return r.error();
    for (const ResourceStore *store : std::as_const(stores)) {
        QList<ObjectSummary> objects;
        objects.reserve(store->size());
        for (int i = 0; i < store->size(); ++i)
            objects.append(store->at(i));
        federations.resetAll(store->kind(), objects, cluster);
        gpus.resetAll(store->kind(), objects, cluster);
    }
    const QStringList hidden = informer.hiddenNotes(FederationService::inputKinds());
    *nodesHidden = !informer.store(Kind::Node)->access().complete();
    for (const Federation &f : federations.engine().federations()) {
        for (const Party &p : f.parties) {
            if (p.certSecret.isEmpty() || p.cluster != cluster)
                continue;
            const QString key = p.cluster + u'/' + p.namespace_ + u'/' + p.certSecret;
            if (expiry->contains(key))
                continue;
            const auto secret = s.await<KubeObject>([&](QObject *c, auto done) {
                s.objects().get(ResourceType::of(Kind::Secret), p.namespace_, p.certSecret, c, done);
            });
            const auto cert = secret ? certificateFromSecret(secret->json) : std::nullopt;
            expiry->insert(key, cert ? cert->notAfter : QDateTime());
        }
    }
    federations.setCertExpiryLookup([known = *expiry](const QString &c, const QString &ns, const QString &secret) {
        return known.value(c + u'/' + ns + u'/' + secret);
    });
    federations.refresh();
    // the Helm release that installed each party, from Helm's storage in the same stores
    ReleaseListModel storage;
    storage.addStore(informer.store(Kind::Secret));
    storage.addStore(informer.store(Kind::ConfigMap));
    for (const Federation &f : federations.engine().federations())
        for (const Party &p : f.parties)
            if (p.cluster == cluster)
                if (const PartyRelease r = joinPartyRelease(p, &storage); !r.isEmpty())
                    releases->insert(p.key, r);
    return hidden;
}

/// The federation and GPU models over the live cluster — or, with --all-contexts, over every
/// context of the kubeconfig together (parties carry their context as cluster) — as the views
/// build them. A context that cannot be read is noted and the others still shown.
struct LiveViews {
    FederationModel federations;
    GpuModel gpus;
    QStringList hidden; ///< what the user's role does not let these views see
    bool nodesHidden = false;
    QHash<QString, PartyRelease> releases; ///< by Party::key: the Helm release that installed it
    QHash<QString, QDateTime> expiry;      ///< cluster/namespace/secret -> certificate notAfter
    QJsonArray contexts;                   ///< --all-contexts: per context, read or why not
    int failed = 0;                        ///< contexts that could not be read

    Result<void> load(const GlobalOptions &g, QTextStream &err)
    {
        auto sessions = sessionsFor(g);
        if (!sessions)
            return sessions.error();
        // a cluster reached through two contexts (an admin's and a token's) is read once: its
        // parties would be two parties each, and a FLARE site could not tell which server is its
        QHash<QString, QString> clustersRead; // server URL + CA -> the context it was read as
        gpus.setPartyResolver([this](const ObjectSummary &pod, const QString &cluster) {
            return federations.engine().partyNameForPod(pod, cluster);
        });
        for (const GlobalOptions &one : sessions.value()) {
            QJsonObject entry{{QStringLiteral("name"), one.context}};
            auto session = ClusterSession::open(one);
            Result<QStringList> r = session ? Result<QStringList>(QStringList()) : Result<QStringList>(session.error());
            bool hiddenNodes = false;
            QString clusterKey;
            if (session) {
                const ResolvedContext &c = session.value()->context();
                clusterKey = c.server.toString() + u'\n' + QString::fromLatin1(c.caPem);
                if (const QString first = clustersRead.value(clusterKey); !first.isEmpty()) {
                    err << "note: " << QObject::tr("context %1 reaches the same cluster as %2 (%3): read once, as %2")
                                           .arg(one.context, first, c.server.toString())
                        << Qt::endl;
                    entry.insert(QStringLiteral("sameClusterAs"), first);
                    contexts.append(entry);
                    continue;
                }
                r = loadLive(*session.value(), federations, gpus, &hiddenNodes, &expiry, &releases);
                if (r && r.value().isEmpty()) // only a read that saw everything stands in for the other contexts
                    clustersRead.insert(clusterKey, one.context);
            }
            if (!r) {
                if (!g.allContexts)
                    return r.error();
                ++failed;
                err << "error: context " << one.context << ": " << r.error().toString() << Qt::endl;
                entry.insert(QStringLiteral("error"), r.error().toString());
            } else {
                QJsonArray notes;
                for (const QString &h : r.value()) {
                    hidden << (g.allContexts ? QStringLiteral("context %1: %2").arg(one.context, h) : h);
                    notes.append(h);
                }
                entry.insert(QStringLiteral("hidden"), notes);
                nodesHidden = nodesHidden || hiddenNodes;
            }
            contexts.append(entry);
        }
        return {};
    }
};

/// What the role hid, on stderr before the table: the totals below are what could be seen.
void printHidden(const QStringList &hidden, QTextStream &err)
{
    for (const QString &h : hidden)
        err << "note: " << h << Qt::endl;
}

} // namespace

int runFederations(const GlobalOptions &g, const QStringList &args, QTextStream &out, QTextStream &err)
{
    const auto opts = parseViewOptions(args, err);
    if (!opts)
        return 1;
    QList<Federation> result;
    QHash<QString, PartyRelease> releases;
    if (!opts->files.isEmpty()) {
        auto r = federationsFromManifestFiles(opts->files);
        if (!r) {
            err << "error: " << r.error().toString() << Qt::endl;
            return 2;
        }
        result = r.value();
    }
    LiveViews views;
    if (opts->files.isEmpty()) {
        if (auto r = views.load(g, err); !r) {
            err << "error: " << r.error().toString() << Qt::endl;
            return 2;
        }
        printHidden(views.hidden, err);
        result = views.federations.engine().federations();
        releases = views.releases;
    }
    if (opts->json) {
        QJsonObject doc = federationsToJson(result, releases).object();
        if (g.allContexts)
            doc.insert(QStringLiteral("contexts"), views.contexts); // which were read, what each hid
        out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
    } else if (result.isEmpty()) {
        err << "No federations found" << Qt::endl;
    } else {
        out << federationsTable(result, opts->wide, releases);
    }
    return views.failed ? 2 : 0;
}

int runGpus(const GlobalOptions &g, const QStringList &args, QTextStream &out, QTextStream &err)
{
    const auto opts = parseViewOptions(args, err);
    if (!opts)
        return 1;
    if (!opts->files.isEmpty()) {
        auto r = gpusFromManifestFiles(opts->files);
        if (!r) {
            err << "error: " << r.error().toString() << Qt::endl;
            return 2;
        }
        out << (opts->json ? QString::fromUtf8(gpusToJson(r.value()).toJson(QJsonDocument::Indented)) : gpusTable(r.value()));
        return 0;
    }
    LiveViews views;
    if (auto r = views.load(g, err); !r) {
        err << "error: " << r.error().toString() << Qt::endl;
        return 2;
    }
    printHidden(views.hidden, err);
    const GpuModel &gpus = views.gpus;
    if (opts->json)
        out << gpusToJson(gpus.rows(), gpus.pendingPods()).toJson(QJsonDocument::Indented);
    else if (gpus.rows().isEmpty() && views.nodesHidden)
        err << "No GPU nodes visible: your role may not list nodes" << Qt::endl;
    else if (gpus.rows().isEmpty())
        err << "No GPU nodes found" << Qt::endl;
    else
        out << gpusTable(gpus.rows());
    return views.failed ? 2 : 0;
}

} // namespace fc::cli
