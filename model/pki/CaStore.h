#pragma once

#include "backend/core/Result.h"
#include "backend/pki/CertificateAuthority.h"
#include "backend/pki/Clock.h"

#include <QList>
#include <QString>

namespace fc {

/// The certificate authorities (and the certificates issued from them) FedConsole keeps on disk.
///
/// Layout under the data directory given to it (the app passes AppDataLocation + "/pki"):
///   cas/<name>/ca.crt    the CA certificate followed by its issuers
///   cas/<name>/ca.key    the CA key, always encrypted PKCS#8 (AES-256-CBC, scrypt)
///   issued/<serial>.crt  certificates issued by FedConsole (public data, for the inventory)
/// Directories are created 0700 and files 0600; every write goes to a temporary name first.
class CaStore {
public:
    explicit CaStore(QString dataDir);

    struct Entry {
        QString name;
        pki::Certificate certificate;
        QList<pki::Certificate> issuers; ///< for an intermediate: its issuers up to the root
    };

    QString dataDir() const { return m_dataDir; }
    bool contains(const QString &name) const;
    /// Every stored CA, sorted by name. Unreadable entries are reported, not skipped silently;
    /// folders that are no CA (a name FedConsole would not give, or no ca.crt) are not CAs.
    Result<QList<Entry>> list() const;
    /// The CAs that read, sorted by name; what did not read goes to problems ("file: message"), so
    /// one damaged CA does not hide the others from a dialog's CA list.
    QList<Entry> readableEntries(QStringList *problems = nullptr) const;
    Result<Entry> entry(const QString &name) const;

    /// Creates a root CA and stores it, the key encrypted with passphrase (required).
    Result<pki::CertificateAuthority> createRoot(const QString &name, const pki::CaRequest &request,
                                                 const QByteArray &passphrase,
                                                 const pki::Clock &clock = pki::Clock::system());
    /// Creates an intermediate signed by the stored CA parentName.
    Result<pki::CertificateAuthority> createIntermediate(const QString &parentName, const QByteArray &parentPassphrase,
                                                         const QString &name, const pki::CaRequest &request,
                                                         const QByteArray &passphrase,
                                                         const pki::Clock &clock = pki::Clock::system());
    /// Imports an existing CA: PEM certificate (optionally followed by its issuers) and PEM key,
    /// encrypted with keyPassphrase or not; stored encrypted with storePassphrase (required).
    Result<pki::CertificateAuthority> importCa(const QString &name, const QByteArray &certPem, const QByteArray &keyPem,
                                               const QByteArray &keyPassphrase, const QByteArray &storePassphrase);
    /// The CA with its decrypted key, ready to issue.
    Result<pki::CertificateAuthority> load(const QString &name, const QByteArray &passphrase) const;

    /// Records an issued certificate for the inventory.
    Result<void> addIssued(const pki::Certificate &certificate);
    Result<QList<pki::Certificate>> issued() const;
    /// Every CA certificate held (roots and intermediates), for chain verification.
    QList<pki::Certificate> caCertificates() const;

    static Result<void> validateName(const QString &name);

private:
    /// Folders under cas/ that hold a CA (valid name and a ca.crt), sorted.
    QStringList caNames() const;
    QString caDir(const QString &name) const;
    Result<void> ensureDir(const QString &path) const;
    Result<void> checkCanSave(const QString &name, const QByteArray &passphrase) const;
    Result<void> save(const QString &name, const pki::CertificateAuthority &ca, const QByteArray &passphrase);

    QString m_dataDir;
};

} // namespace fc
