#pragma once

#include "backend/core/Result.h"
#include "backend/pki/CertificateAuthority.h"
#include "backend/pki/Clock.h"
#include "backend/pki/ExportFile.h"

#include <QObject>
#include <QStringList>

#include <atomic>

namespace fc {

enum class FederationFramework { Flare, OpenFl, Fate };

/// One row of the wizard's party table.
struct FederationParty {
    QString name; ///< FLARE: server host / site / admin e-mail; OpenFL: folder and CN; FATE: party id
    QString role; ///< see federationRoles()
    QString org;
    QStringList sans; ///< FLARE servers: host names and IPs beyond the name
};

/// Roles a party can have in each framework (FLARE admins: project_admin, org_admin, lead, member).
QStringList federationRoles(FederationFramework framework);
/// A small example federation, so the table is never empty on first use.
QList<FederationParty> exampleParties(FederationFramework framework);

/// Everything one wizard run needs, as plain values (copied to the worker thread).
struct FederationPlan {
    FederationFramework framework = FederationFramework::Flare;
    QString project; ///< FLARE: project name (= root CN)
    QString domain;  ///< OpenFL / FATE: federation domain
    bool newCa = true;
    QString caName;  ///< name in the CaStore (new or existing)
    pki::CaRequest caRequest; ///< for a new CA
    QByteArray caPassphrase;  ///< encrypts a new CA / unlocks an existing one
    QList<FederationParty> parties;
    pki::KeyType keyType = pki::KeyType::Rsa2048;
    int validityDays = 365;
    QString outputDir;
    QString dataDir; ///< CaStore data directory
};

/// Checks a plan before any key is generated; the error names the party row (1-based) and field.
Result<void> validatePlan(const FederationPlan &plan);
/// The folder (relative to the output directory) each party's files go to.
QString partyFolder(FederationFramework framework, const FederationParty &party);

/// Generates a federation's CA and certificates on its own thread: moved to a QThread, started with
/// run(). After the CA, parties are generated several at once (parallelFor, one per core, helper
/// threads at background priority); between keys it checks cancel(). Nothing is written until
/// every key exists; then all files go to a staging folder inside the output directory and are
/// renamed into place, the new CA is stored and the leaf certificates recorded — so a cancel or an
/// error leaves nothing behind.
class FederationWorker final : public QObject {
    Q_OBJECT
public:
    enum Status { Succeeded, Failed, Cancelled };
    Q_ENUM(Status)

    explicit FederationWorker(FederationPlan plan, const pki::Clock &clock = pki::Clock::system());
    enum PartyState { Generating, Done };
    Q_ENUM(PartyState)

    /// Thread-safe: the run stops before the next key.
    void cancel() { m_cancel = true; }
    /// Progress units: the CA (when created) plus one per party.
    static int totalSteps(const FederationPlan &plan);

public Q_SLOTS:
    void run();

Q_SIGNALS:
    /// done of total steps finished; current: what is being generated now, the parties in flight
    /// joined by ", " (empty at the end). Emitted from the worker's threads.
    void progress(int done, int total, const QString &current);
    /// A party (row of plan.parties) started or finished generating. Emitted from the worker's threads.
    void partyChanged(int row, int state);
    /// files: paths written (relative to the output directory).
    void finished(int status, const QString &message, const QStringList &files);

private:
    struct PartyOutput {
        QString folder;
        QList<pki::ExportFile> files;
    };
    Result<QList<PartyOutput>> generateParty(const pki::CertificateAuthority &ca, const FederationParty &party);
    Result<QStringList> commit(const pki::CertificateAuthority &ca, const QList<PartyOutput> &outputs);

    FederationPlan m_plan;
    const pki::Clock &m_clock;
    std::atomic<bool> m_cancel{false};
    QString m_inventoryWarning; ///< first failure to record an issued certificate (files written all the same)
};

} // namespace fc
