#include "gui/pki/FederationWorker.h"

#include "backend/core/ParallelFor.h"
#include "backend/pki/FrameworkPresets.h"
#include "gui/pki/PkiWidgets.h"
#include "model/pki/CaStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

namespace fc {

namespace {

/// One translation context for this file, the same for lupdate and at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fc::FederationWorker)
};

Error rowError(int row, const QString &field, const QString &message)
{
    return makeError(Tr::tr("party %1: %2").arg(row + 1).arg(message), field);
}

} // namespace

QStringList federationRoles(FederationFramework framework)
{
    switch (framework) {
    case FederationFramework::Flare:
        return QStringList{QStringLiteral("server"), QStringLiteral("client")} + pki::presets::flareAdminRoles();
    case FederationFramework::OpenFl:
        return {QStringLiteral("director"), QStringLiteral("envoy"), QStringLiteral("notebook")};
    case FederationFramework::Fate:
        return {QStringLiteral("party")};
    }
    return {};
}

QList<FederationParty> exampleParties(FederationFramework framework)
{
    switch (framework) {
    case FederationFramework::Flare:
        return {{QStringLiteral("server1.example.org"), QStringLiteral("server"), QStringLiteral("example"),
                 {QStringLiteral("server1"), QStringLiteral("10.0.0.10")}},
                {QStringLiteral("site-1"), QStringLiteral("client"), QStringLiteral("hospital-a"), {}},
                {QStringLiteral("site-2"), QStringLiteral("client"), QStringLiteral("hospital-b"), {}},
                {QStringLiteral("admin@example.org"), QStringLiteral("project_admin"), QStringLiteral("example"), {}}};
    case FederationFramework::OpenFl:
        return {{QStringLiteral("director"), QStringLiteral("director"), QString(), {}},
                {QStringLiteral("envoy-1"), QStringLiteral("envoy"), QString(), {}},
                {QStringLiteral("envoy-2"), QStringLiteral("envoy"), QString(), {}},
                {QStringLiteral("notebook"), QStringLiteral("notebook"), QString(), {}}};
    case FederationFramework::Fate:
        return {{QStringLiteral("9999"), QStringLiteral("party"), QString(), {}},
                {QStringLiteral("10000"), QStringLiteral("party"), QString(), {}}};
    }
    return {};
}

QString partyFolder(FederationFramework framework, const FederationParty &party)
{
    switch (framework) {
    case FederationFramework::Flare: return party.name; // files in <name>/startup/
    case FederationFramework::OpenFl: return party.name;
    case FederationFramework::Fate: return QStringLiteral("party-") + party.name;
    }
    return party.name;
}

Result<void> validatePlan(const FederationPlan &plan)
{
    if (plan.framework == FederationFramework::Flare && plan.project.trimmed().isEmpty())
        return makeError(Tr::tr("enter the FLARE project name (it becomes the root CA's CN)"), QStringLiteral("project"));
    if (plan.framework != FederationFramework::Flare && plan.domain.trimmed().isEmpty())
        return makeError(Tr::tr("enter the federation domain"), QStringLiteral("domain"));
    if (plan.framework != FederationFramework::Flare && !pki::isValidDnsName(plan.domain))
        return makeError(Tr::tr("\"%1\" is not a valid domain name").arg(plan.domain), QStringLiteral("domain"));
    if (auto v = CaStore::validateName(plan.caName); !v)
        return v;
    if (plan.caPassphrase.isEmpty())
        return makeError(Tr::tr("enter the CA passphrase"), QStringLiteral("passphrase"));
    if (plan.newCa && CaStore(plan.dataDir).contains(plan.caName))
        return makeError(Tr::tr("a CA named \"%1\" already exists: choose another name or use the existing CA").arg(plan.caName),
                         QStringLiteral("name"));
    if (!plan.newCa && !CaStore(plan.dataDir).contains(plan.caName))
        return makeError(Tr::tr("no CA named \"%1\"").arg(plan.caName), QStringLiteral("name"));
    if (plan.parties.isEmpty())
        return makeError(Tr::tr("add at least one party"), QStringLiteral("parties"));
    if (plan.outputDir.trimmed().isEmpty())
        return makeError(Tr::tr("choose an output directory"), QStringLiteral("output"));
    static const QRegularExpression folderName(QStringLiteral("^[A-Za-z0-9@][A-Za-z0-9@._+-]*$"));
    static const QRegularExpression partyId(QStringLiteral("^[0-9]{1,9}$"));
    const QStringList roles = federationRoles(plan.framework);
    QSet<QString> names;
    QMap<QString, int> roleCount;
    for (int row = 0; row < plan.parties.size(); ++row) {
        const FederationParty &p = plan.parties[row];
        if (p.name.trimmed().isEmpty())
            return rowError(row, QStringLiteral("name"), Tr::tr("the name is empty"));
        if (!folderName.match(p.name).hasMatch())
            return rowError(row, QStringLiteral("name"),
                            Tr::tr("\"%1\" cannot be a folder name: use letters, digits, '@', '.', '_', '+' or '-'").arg(p.name));
        if (names.contains(p.name))
            return rowError(row, QStringLiteral("name"), Tr::tr("\"%1\" appears twice").arg(p.name));
        names.insert(p.name);
        if (!roles.contains(p.role))
            return rowError(row, QStringLiteral("role"),
                            Tr::tr("role \"%1\" is not one of %2").arg(p.role, roles.join(QStringLiteral(", "))));
        ++roleCount[p.role];
        if (plan.framework == FederationFramework::Fate && !partyId.match(p.name).hasMatch())
            return rowError(row, QStringLiteral("name"), Tr::tr("a FATE party is named by its numeric party id, not \"%1\"").arg(p.name));
        const bool takesSans = plan.framework == FederationFramework::Flare && p.role == QLatin1String("server");
        if (!takesSans && !p.sans.isEmpty())
            return rowError(row, QStringLiteral("sans"), Tr::tr("role %1 gets its SANs from the framework's preset; leave SANs empty").arg(p.role));
        for (const QString &san : p.sans) {
            const pkiui::ParsedSans parsed = pkiui::parseSans(san);
            if (!parsed.errors.isEmpty())
                return rowError(row, QStringLiteral("sans"), parsed.errors.first());
        }
        const QString target = QDir(plan.outputDir).filePath(partyFolder(plan.framework, p));
        if (QFileInfo::exists(target))
            return rowError(row, QStringLiteral("output"), Tr::tr("%1 already exists; choose an empty output directory").arg(target));
    }
    if (plan.framework == FederationFramework::Flare && roleCount.value(QStringLiteral("server")) < 1)
        return makeError(Tr::tr("a FLARE federation needs a server"), QStringLiteral("parties"));
    if (plan.framework == FederationFramework::OpenFl && roleCount.value(QStringLiteral("director")) != 1)
        return makeError(Tr::tr("an OpenFL federation has exactly one director"), QStringLiteral("parties"));
    return {};
}

FederationWorker::FederationWorker(FederationPlan plan, const pki::Clock &clock) : m_plan(std::move(plan)), m_clock(clock) {}

int FederationWorker::totalSteps(const FederationPlan &plan)
{
    return int(plan.parties.size()) + (plan.newCa ? 1 : 0);
}

Result<QList<FederationWorker::PartyOutput>> FederationWorker::generateParty(const pki::CertificateAuthority &ca,
                                                                             const FederationParty &party)
{
    namespace presets = pki::presets;
    const QString folder = partyFolder(m_plan.framework, party);
    const pki::KeyType kt = m_plan.keyType;
    const int days = m_plan.validityDays;
    auto one = [&](const QString &sub, Result<QList<pki::ExportFile>> files) -> Result<QList<PartyOutput>> {
        if (!files)
            return files.error();
        return QList<PartyOutput>{{sub.isEmpty() ? folder : folder + QLatin1Char('/') + sub, files.value()}};
    };
    switch (m_plan.framework) {
    case FederationFramework::Flare: {
        presets::FlareParticipant p;
        p.name = party.name;
        p.org = party.org;
        if (party.role == QLatin1String("server")) {
            p.kind = presets::FlareKind::Server;
            for (const QString &san : party.sans)
                p.hostNames += pkiui::parseSans(san).sans.dns + pkiui::parseSans(san).sans.ips;
        } else if (party.role == QLatin1String("client")) {
            p.kind = presets::FlareKind::Client;
        } else {
            p.kind = presets::FlareKind::Admin;
            p.role = party.role;
        }
        return one(QStringLiteral("startup"), presets::flareKit(ca, p, m_clock, kt, days));
    }
    case FederationFramework::OpenFl:
        if (party.role == QLatin1String("director"))
            return one({}, presets::openflDirector(ca, m_plan.domain, m_clock, kt, days));
        if (party.role == QLatin1String("envoy"))
            return one({}, presets::openflEnvoy(ca, party.name, m_clock, kt, days));
        return one({}, presets::openflNotebook(ca, party.name, m_clock, kt, days));
    case FederationFramework::Fate: {
        // three secrets per party, each a key of its own (eggroll: two); cancel is checked between
        QList<PartyOutput> out;
        auto eggroll = presets::fateEggroll(ca, party.name, m_plan.domain, m_clock, kt, days);
        if (!eggroll)
            return eggroll.error();
        out << PartyOutput{folder + QStringLiteral("/eggroll-certs"), eggroll.value()};
        if (m_cancel)
            return out;
        auto pulsar = presets::fatePulsar(ca, party.name, m_plan.domain, m_clock, kt, days);
        if (!pulsar)
            return pulsar.error();
        out << PartyOutput{folder + QStringLiteral("/pulsar-cert"), pulsar.value()};
        if (m_cancel)
            return out;
        auto traffic = presets::fateTrafficServer(ca, m_plan.domain, m_clock, kt, days);
        if (!traffic)
            return traffic.error();
        out << PartyOutput{folder + QStringLiteral("/traffic-server-cert"), traffic.value()};
        return out;
    }
    }
    return makeError(Tr::tr("unknown framework"));
}

void FederationWorker::run()
{
    const int total = totalSteps(m_plan);
    int done = 0;
    auto fail = [this](const Error &e) { Q_EMIT finished(Failed, e.toString(), {}); };
    auto cancelled = [this] { Q_EMIT finished(Cancelled, Tr::tr("Cancelled: nothing was written."), {}); };

    lowerCurrentThreadPriority(); // this thread exists for this run only; the UI comes first
    if (auto v = validatePlan(m_plan); !v)
        return fail(v.error());
    CaStore store(m_plan.dataDir);
    Result<pki::CertificateAuthority> ca = makeError(QString());
    if (m_plan.newCa) {
        Q_EMIT progress(done, total, Tr::tr("CA \"%1\"").arg(m_plan.caRequest.subject.commonName));
        ca = pki::CertificateAuthority::createRoot(m_plan.caRequest, m_clock);
        ++done;
    } else {
        Q_EMIT progress(done, total, Tr::tr("unlocking CA \"%1\"").arg(m_plan.caName));
        ca = store.load(m_plan.caName, m_plan.caPassphrase);
        if (!ca && ca.error().reason == QLatin1String("WrongPassphrase"))
            return fail(makeError(Tr::tr("wrong passphrase for CA \"%1\"").arg(m_plan.caName), QStringLiteral("passphrase")));
    }
    if (!ca)
        return fail(ca.error());

    // parties in parallel: each job generates one party's keys; the first error (by row) wins
    const int parties = int(m_plan.parties.size());
    std::vector<std::optional<Result<QList<PartyOutput>>>> results(static_cast<size_t>(parties));
    std::atomic<bool> failed{false};
    QMutex progressLock;
    QStringList inFlight;
    auto report = [&] { Q_EMIT progress(done, total, inFlight.join(QStringLiteral(", "))); };
    parallelFor(
        parties,
        [&](int row) {
            if (failed)
                return;
            const FederationParty &party = m_plan.parties[row];
            {
                QMutexLocker locker(&progressLock);
                inFlight << party.name;
                Q_EMIT partyChanged(row, Generating);
                report();
            }
            auto files = generateParty(ca.value(), party);
            if (!files)
                failed = true;
            QMutexLocker locker(&progressLock);
            inFlight.removeOne(party.name);
            results[size_t(row)].emplace(std::move(files));
            if (results[size_t(row)]->ok()) {
                ++done;
                Q_EMIT partyChanged(row, Done);
            }
            report();
        },
        ParallelOptions{0, &m_cancel, true});
    QList<PartyOutput> outputs;
    for (const auto &r : results) {
        if (r && !r->ok())
            return fail(r->error());
    }
    if (m_cancel)
        return cancelled();
    for (const auto &r : results)
        outputs += r->value();
    Q_EMIT progress(done, total, Tr::tr("writing files"));
    auto written = commit(ca.value(), outputs);
    if (!written)
        return fail(written.error());
    Q_EMIT progress(done, total, QString());
    QString message = Tr::tr("%n file(s) written to %1", nullptr, int(written->size())).arg(m_plan.outputDir);
    if (!m_inventoryWarning.isEmpty())
        message += u' ' + Tr::tr("(not all certificates could be recorded in the inventory: %1)").arg(m_inventoryWarning);
    Q_EMIT finished(Succeeded, message, written.value());
}

Result<QStringList> FederationWorker::commit(const pki::CertificateAuthority &ca, const QList<PartyOutput> &outputs)
{
    const QString outDir = QDir(m_plan.outputDir).absolutePath();
    const bool createdOutDir = !QFileInfo::exists(outDir);
    if (createdOutDir) {
        if (!QDir().mkpath(outDir)) {
            Error e = makeError(Tr::tr("cannot create the output directory"));
            e.file = outDir;
            return e;
        }
        QFile::setPermissions(outDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    auto undoOutDir = [&] {
        if (createdOutDir)
            QDir().rmdir(outDir); // only if still empty
    };
    QStringList written;
    m_inventoryWarning.clear();
    {
        QTemporaryDir staging(outDir + QStringLiteral("/.fedconsole-staging-XXXXXX")); // removed on every path out
        if (!staging.isValid()) {
            undoOutDir();
            Error e = makeError(Tr::tr("cannot create a staging folder: %1").arg(staging.errorString()));
            e.file = outDir;
            return e;
        }
        for (const PartyOutput &o : outputs) {
            if (auto w = pki::writeExportFiles(staging.filePath(o.folder), o.files); !w) {
                undoOutDir();
                return w.error();
            }
            for (const pki::ExportFile &f : o.files)
                written << o.folder + QLatin1Char('/') + f.name;
        }
        // top-level party folders move into place; a failure takes back what was moved
        QStringList tops;
        for (const PartyOutput &o : outputs) {
            const QString top = o.folder.section(QLatin1Char('/'), 0, 0);
            if (!tops.contains(top))
                tops << top;
        }
        QStringList moved;
        auto rollback = [&] {
            for (const QString &m : std::as_const(moved))
                QDir(outDir + QLatin1Char('/') + m).removeRecursively();
        };
        for (const QString &top : std::as_const(tops)) {
            if (QFileInfo::exists(outDir + QLatin1Char('/') + top) || !QDir().rename(staging.filePath(top), outDir + QLatin1Char('/') + top)) {
                rollback();
                undoOutDir();
                Error e = makeError(Tr::tr("cannot move the files into place (does it already exist?)"));
                e.file = outDir + QLatin1Char('/') + top;
                return e;
            }
            moved << top;
        }
        CaStore store(m_plan.dataDir);
        if (m_plan.newCa) {
            QByteArray chainPem;
            for (const pki::Certificate &c : ca.chain())
                chainPem += c.toPem();
            auto keyPem = ca.key().toPem(); // in memory only; the store encrypts it
            Result<pki::CertificateAuthority> stored = keyPem ? store.importCa(m_plan.caName, chainPem, keyPem.value(), {}, m_plan.caPassphrase)
                                                              : Result<pki::CertificateAuthority>(keyPem.error());
            if (!stored) {
                rollback();
                undoOutDir();
                return stored.error();
            }
        }
        for (const PartyOutput &o : outputs) {
            for (const pki::ExportFile &f : o.files) {
                if (f.mode == 0600)
                    continue;
                auto c = pki::Certificate::fromPem(f.data);
                if (c && !c->isCA()) {
                    // the files and the CA are in place: a failed inventory record is a warning, not
                    // a failure that would make the user think nothing was written
                    if (auto a = store.addIssued(c.value()); !a && m_inventoryWarning.isEmpty())
                        m_inventoryWarning = a.error().toString();
                }
            }
        }
    }
    return written;
}

} // namespace fc
