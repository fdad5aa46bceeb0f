// The other certificate dialogs in a real window (Xvfb): Import CA with an encrypted key, an
// intermediate CA, Renew (same key from its file, and a new key), Export (PKCS#12 and a FLARE kit
// from the in-memory key; certificate-only when the key is gone), the federation wizard on an
// existing CA (wrong passphrase inline, then OpenFL and FATE layouts), and the main window's
// Certificates tab honouring FEDCONSOLE_PKI_DIR.

#include "../common/GuiTestUtil.h"
#include "backend/pki/CertificateAuthority.h"
#include "backend/pki/Pkcs12.h"
#include "gui/main/MainWindow.h"
#include "gui/pki/CaDialogs.h"
#include "gui/pki/CertificatesPage.h"
#include "gui/pki/ExportDialog.h"
#include "gui/pki/FederationWizard.h"
#include "gui/pki/IssueCertificateDialog.h"
#include "gui/pki/PassphraseDialog.h"
#include "gui/pki/RenewDialog.h"
#include "model/pki/CaStore.h"
#include "model/pki/CertificateInventory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace fc;

namespace {

const QByteArray kStorePass = "store passphrase";

int modeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

int opensslVerify(const QString &caFile, const QString &certFile, QByteArray *out)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    // the certificate files carry the intermediates after the leaf, as a TLS peer sends them
    p.start(QStringLiteral("openssl"), {QStringLiteral("verify"), QStringLiteral("-CAfile"), caFile, QStringLiteral("-untrusted"),
                                        certFile, certFile});
    p.waitForFinished(30000);
    *out = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestPkiDialogs : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_data;
    QTemporaryDir m_out;
    std::unique_ptr<CertificatesPage> m_page;
    QByteArray m_leafKeyPem; ///< key of the certificate renewed with "same key"
    QString m_leafSerial;    ///< that certificate, issued outside the page (its key never in memory)

    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    PassphraseDialog *visiblePassphraseDialog() const
    {
        for (PassphraseDialog *d : m_page->findChildren<PassphraseDialog *>()) {
            if (d->isVisible())
                return d;
        }
        return nullptr;
    }

    /// Answers the CA passphrase prompt (check QTest::currentTestFailed() after).
    void answerPassphrase(const QByteArray &passphrase)
    {
        QTRY_VERIFY_WITH_TIMEOUT(visiblePassphraseDialog() != nullptr, 60000);
        PassphraseDialog *pd = visiblePassphraseDialog();
        child<QLineEdit>(pd, "passphraseLineEdit")->setText(QString::fromUtf8(passphrase));
        QTest::mouseClick(child<QPushButton>(pd, "okButton"), Qt::LeftButton);
    }

    int rowOf(const QString &subjectPart) const
    {
        for (int r = 0; r < m_page->proxy()->rowCount(); ++r) {
            if (m_page->proxy()->index(r, CertificateInventory::SubjectColumn).data().toString().contains(subjectPart))
                return r;
        }
        return -1;
    }

    bool selectRow(const QString &subjectPart)
    {
        const int r = rowOf(subjectPart);
        return r >= 0 && m_page->selectSerial(m_page->proxy()->index(r, CertificateInventory::SerialColumn).data().toString());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_data.isValid() && m_out.isValid());
        m_page = std::make_unique<CertificatesPage>(m_data.path());
        m_page->resize(1200, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void importEncryptedCa()
    {
        // an existing CA made elsewhere, its key encrypted with its own passphrase
        pki::CaRequest req;
        req.subject.commonName = QStringLiteral("Hospital Root");
        req.keyType = pki::KeyType::EcP256;
        auto ca = pki::CertificateAuthority::createRoot(req);
        QVERIFY(ca);
        const QString certFile = m_out.filePath(QStringLiteral("hospital-ca.crt"));
        const QString keyFile = m_out.filePath(QStringLiteral("hospital-ca.key"));
        QVERIFY(writeFile(certFile, ca->certificate().toPem()));
        QVERIFY(writeFile(keyFile, ca->key().toPem("file passphrase").value()));

        ImportCaDialog *d = m_page->importCa();
        QPointer<ImportCaDialog> guard(d);
        QVERIFY(QTest::qWaitForWindowExposed(d));
        FC_ACCESSIBLE(d);
        child<QLineEdit>(d, "caNameLineEdit")->setText(QStringLiteral("hospital"));
        child<QLineEdit>(d, "certFileLineEdit")->setText(certFile);
        child<QLineEdit>(d, "keyFileLineEdit")->setText(keyFile);
        child<QLineEdit>(d, "storePassphraseLineEdit")->setText(QString::fromUtf8(kStorePass));
        child<QLineEdit>(d, "storeConfirmLineEdit")->setText(QString::fromUtf8(kStorePass));
        // no key passphrase: said so
        QTest::mouseClick(child<QPushButton>(d, "okButton"), Qt::LeftButton);
        auto *error = child<QLabel>(d, "errorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
        QVERIFY2(error->text().contains(QStringLiteral("encrypted")), qPrintable(error->text()));
        // wrong key passphrase: said so, fields kept
        child<QLineEdit>(d, "keyPassphraseLineEdit")->setText(QStringLiteral("nope"));
        QTest::mouseClick(child<QPushButton>(d, "okButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && error->text().contains(QStringLiteral("Wrong passphrase")), 30000);
        QCOMPARE(child<QLineEdit>(d, "certFileLineEdit")->text(), certFile);
        QVERIFY(!CaStore(m_data.path()).contains(QStringLiteral("hospital")));
        child<QLineEdit>(d, "keyPassphraseLineEdit")->setText(QStringLiteral("file passphrase"));
        QTest::mouseClick(child<QPushButton>(d, "okButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 30000);
        QVERIFY(CaStore(m_data.path()).contains(QStringLiteral("hospital")));
        // stored encrypted with the store passphrase, not the file's
        QVERIFY(CaStore(m_data.path()).load(QStringLiteral("hospital"), kStorePass));
        QVERIFY(!CaStore(m_data.path()).load(QStringLiteral("hospital"), "file passphrase"));
        QCOMPARE(m_page->inventory()->rowCount(), 1);
    }

    void intermediateCaAsksForTheParent()
    {
        NewCaDialog *d = m_page->newCa();
        QPointer<NewCaDialog> guard(d);
        QVERIFY(QTest::qWaitForWindowExposed(d));
        child<QComboBox>(d, "caKindComboBox")->setCurrentIndex(1);
        QVERIFY(child<QComboBox>(d, "parentCaComboBox")->isEnabled());
        QCOMPARE(child<QComboBox>(d, "parentCaComboBox")->currentData().toString(), QStringLiteral("hospital"));
        child<QLineEdit>(d, "caNameLineEdit")->setText(QStringLiteral("hospital-issuing"));
        child<QLineEdit>(d, "cnLineEdit")->setText(QStringLiteral("Hospital Issuing CA"));
        auto *key = child<QComboBox>(d, "keyTypeComboBox");
        key->setCurrentIndex(key->findData(int(pki::KeyType::EcP256)));
        child<QLineEdit>(d, "caPassphraseLineEdit")->setText(QStringLiteral("issuing pass"));
        child<QLineEdit>(d, "caConfirmLineEdit")->setText(QStringLiteral("issuing pass"));
        QTest::mouseClick(child<QPushButton>(d, "okButton"), Qt::LeftButton);
        answerPassphrase(kStorePass);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 30000);
        auto entry = CaStore(m_data.path()).entry(QStringLiteral("hospital-issuing"));
        QVERIFY(entry);
        QCOMPARE(entry->issuers.size(), 1);
        QVERIFY(CaStore(m_data.path()).load(QStringLiteral("hospital-issuing"), "issuing pass"));
        QCOMPARE(m_page->inventory()->rowCount(), 2);
        for (int r = 0; r < 2; ++r)
            QVERIFY(m_page->inventory()->index(r, 0).data(CertificateInventory::ChainVerifiedRole).toBool());
    }

    void renewWithSameKeyAndWithNewKey()
    {
        // a leaf issued from the intermediate outside the page, its key kept in a file
        auto ca = CaStore(m_data.path()).load(QStringLiteral("hospital-issuing"), "issuing pass");
        QVERIFY(ca);
        pki::LeafRequest req;
        req.subject.commonName = QStringLiteral("pacs.hospital.example");
        req.sans.dns = {QStringLiteral("pacs.hospital.example")};
        req.validityDays = 20;
        auto leaf = ca->issue(req);
        QVERIFY(leaf);
        QVERIFY(CaStore(m_data.path()).addIssued(leaf->certificate));
        m_leafSerial = leaf->certificate.serialHex();
        m_leafKeyPem = leaf->key.toPem("leaf pass").value();
        const QString keyFile = m_out.filePath(QStringLiteral("pacs.key"));
        QVERIFY(writeFile(keyFile, m_leafKeyPem));
        m_page->reload();
        QVERIFY(selectRow(QStringLiteral("pacs.hospital.example")));

        RenewDialog *d = m_page->renewSelected();
        QVERIFY(d);
        QPointer<RenewDialog> guard(d);
        QVERIFY(QTest::qWaitForWindowExposed(d));
        QCOMPARE(child<QComboBox>(d, "caComboBox")->currentData().toString(), QStringLiteral("hospital-issuing"));
        FC_ACCESSIBLE(d);
        QVERIFY(child<QLabel>(d, "sansLabel")->text().contains(QStringLiteral("pacs.hospital.example")));
        QVERIFY(!child<QCheckBox>(d, "reissueCheckBox")->isChecked()); // re-issuing is never the default
        if (const QString shots = qEnvironmentVariable("FEDCONSOLE_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(d->grab().save(shots + QStringLiteral("/renew-dialog.png")));
        child<QComboBox>(d, "keyModeComboBox")->setCurrentIndex(1);
        child<QLineEdit>(d, "keyFileLineEdit")->setText(keyFile);
        child<QSpinBox>(d, "validitySpinBox")->setValue(200);
        const QString outDir = m_out.filePath(QStringLiteral("renewed"));
        child<QLineEdit>(d, "outputDirLineEdit")->setText(outDir);
        child<QLineEdit>(d, "keyPassphraseLineEdit")->setText(QStringLiteral("wrong"));
        QTest::mouseClick(child<QPushButton>(d, "okButton"), Qt::LeftButton);
        answerPassphrase("issuing pass");
        if (QTest::currentTestFailed())
            return;
        auto *error = child<QLabel>(d, "errorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
        QVERIFY2(error->text().contains(QStringLiteral("wrong passphrase for the key file")), qPrintable(error->text()));
        QVERIFY(!QFileInfo::exists(outDir));
        child<QLineEdit>(d, "keyPassphraseLineEdit")->setText(QStringLiteral("leaf pass"));
        QSignalSpy issued(d, &RenewDialog::issued);
        QTest::mouseClick(child<QPushButton>(d, "okButton"), Qt::LeftButton);
        answerPassphrase("issuing pass");
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE_WITH_TIMEOUT(issued.size(), 1, 30000);
        const auto renewed = issued.first().at(0).value<pki::IssuedCertificate>();
        QVERIFY(renewed.certificate.checkPrivateKey(leaf->key).ok()); // same key
        QCOMPARE(renewed.certificate.subjectAltNames(), leaf->certificate.subjectAltNames());
        QVERIFY(renewed.certificate.serialHex() != leaf->certificate.serialHex());
        QCOMPARE(modeOf(outDir + QStringLiteral("/tls.key")), 0600);
        QByteArray out;
        QVERIFY2(opensslVerify(outDir + QStringLiteral("/ca.crt"), outDir + QStringLiteral("/tls.crt"), &out) == 0, out.constData());
        QVERIFY(child<QPushButton>(d, "deployButton")->isEnabled());

        // again with a new key
        child<QComboBox>(d, "keyModeComboBox")->setCurrentIndex(0);
        child<QLineEdit>(d, "outputDirLineEdit")->clear();
        QTest::mouseClick(child<QPushButton>(d, "okButton"), Qt::LeftButton);
        answerPassphrase("issuing pass");
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE_WITH_TIMEOUT(issued.size(), 2, 30000);
        const auto fresh = issued.at(1).at(0).value<pki::IssuedCertificate>();
        QVERIFY(!fresh.certificate.checkPrivateKey(leaf->key).ok());
        QVERIFY(fresh.certificate.checkPrivateKey(fresh.key).ok());
        d->close();
        QTRY_COMPARE(m_page->inventory()->rowCount(), 5); // 2 CAs, the old leaf, two renewals
    }

    void exportFromMemoryAndWithoutKey()
    {
        // the last renewal's key is in memory: PKCS#12 and a FLARE kit can be written
        const int renewedRow = [&] {
            QDateTime latest;
            int best = -1;
            for (int r = 0; r < m_page->proxy()->rowCount(); ++r) {
                const QModelIndex i = m_page->proxy()->index(r, CertificateInventory::NotAfterColumn);
                if (m_page->proxy()->index(r, 0).data().toString().contains(QStringLiteral("pacs"))
                    && (best < 0 || i.data(CertificateInventory::SortRole).toDateTime() >= latest)) {
                    latest = i.data(CertificateInventory::SortRole).toDateTime();
                    best = r;
                }
            }
            return best;
        }();
        QVERIFY(renewedRow >= 0);
        QVERIFY(m_page->selectSerial(m_page->proxy()->index(renewedRow, CertificateInventory::SerialColumn).data().toString()));
        QVERIFY(!m_page->selectedCertificate().key.isNull());

        ExportDialog *d = m_page->exportSelected();
        QPointer<ExportDialog> guard(d);
        QVERIFY(QTest::qWaitForWindowExposed(d));
        FC_ACCESSIBLE(d);
        d->setFormat(pkiui::ExportFormat::Pkcs12);
        const QString p12Dir = m_out.filePath(QStringLiteral("p12"));
        child<QLineEdit>(d, "outputDirLineEdit")->setText(p12Dir);
        child<QLineEdit>(d, "baseNameLineEdit")->setText(QStringLiteral("pacs"));
        child<QLineEdit>(d, "p12PassphraseLineEdit")->setText(QStringLiteral("p12 pass"));
        child<QLineEdit>(d, "p12ConfirmLineEdit")->setText(QStringLiteral("p12 typo"));
        QTest::mouseClick(child<QPushButton>(d, "okButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(d, "errorLabel")->text().contains(QStringLiteral("differ")));
        child<QLineEdit>(d, "p12ConfirmLineEdit")->setText(QStringLiteral("p12 pass"));
        QTest::mouseClick(child<QPushButton>(d, "okButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 30000);
        QCOMPARE(modeOf(p12Dir + QStringLiteral("/pacs.p12")), 0600);
        auto p12 = pki::importPkcs12(readFile(p12Dir + QStringLiteral("/pacs.p12")), "p12 pass");
        QVERIFY2(p12, qPrintable(p12 ? QString() : p12.error().toString()));
        QCOMPARE(p12->certificate, m_page->selectedCertificate().certificate);
        QVERIFY(p12->certificate.checkPrivateKey(p12->key).ok());
        QCOMPARE(p12->chain.size(), 2); // intermediate and root

        d = m_page->exportSelected();
        guard = d;
        QVERIFY(QTest::qWaitForWindowExposed(d));
        d->setFormat(pkiui::ExportFormat::FlareClientKit);
        const QString kit = m_out.filePath(QStringLiteral("kit"));
        child<QLineEdit>(d, "outputDirLineEdit")->setText(kit);
        QTest::mouseClick(child<QPushButton>(d, "okButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 30000);
        QByteArray out;
        QVERIFY2(opensslVerify(kit + QStringLiteral("/startup/rootCA.pem"), kit + QStringLiteral("/startup/client.crt"), &out) == 0,
                 out.constData());
        QCOMPARE(modeOf(kit + QStringLiteral("/startup/client.key")), 0600);

        // the old leaf's key was never in memory: only certificate formats
        QVERIFY(m_page->selectSerial(m_leafSerial));
        QVERIFY(m_page->selectedCertificate().key.isNull());
        QSignalSpy deploy(m_page.get(), &CertificatesPage::deployRequested);
        m_page->deploySelected();
        QCOMPARE(deploy.size(), 0);
        d = m_page->exportSelected();
        guard = d;
        QVERIFY(QTest::qWaitForWindowExposed(d));
        auto *formats = child<QComboBox>(d, "formatComboBox");
        auto *model = qobject_cast<QStandardItemModel *>(formats->model());
        QVERIFY(model->item(formats->findData(int(pkiui::ExportFormat::CertificatePem)))->isEnabled());
        QVERIFY(!model->item(formats->findData(int(pkiui::ExportFormat::Pkcs12)))->isEnabled());
        d->setFormat(pkiui::ExportFormat::ChainPem);
        const QString chainDir = m_out.filePath(QStringLiteral("chain"));
        child<QLineEdit>(d, "outputDirLineEdit")->setText(chainDir);
        QTest::mouseClick(child<QPushButton>(d, "okButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 30000);
        auto chain = pki::Certificate::listFromPem(readFile(chainDir + QStringLiteral("/tls-chain.pem")));
        QVERIFY(chain);
        QCOMPARE(chain->size(), 3); // leaf, intermediate, root
    }

    void wizardOnExistingCaOpenFlAndFate()
    {
        FederationWizard *w = m_page->federationWizard();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        w->setFramework(FederationFramework::OpenFl);
        child<QLineEdit>(w, "domainLineEdit")->setText(QStringLiteral("fl.hospital.example"));
        child<QRadioButton>(w, "existingCaRadioButton")->setChecked(true);
        auto *existing = child<QComboBox>(w, "existingCaComboBox");
        existing->setCurrentIndex(existing->findData(QStringLiteral("hospital-issuing")));
        auto *keyType = child<QComboBox>(w, "keyTypeComboBox");
        keyType->setCurrentIndex(keyType->findData(int(pki::KeyType::EcP256)));
        const QString out = m_out.filePath(QStringLiteral("openfl"));
        child<QLineEdit>(w, "outputDirLineEdit")->setText(out);
        child<QLineEdit>(w, "existingPassphraseLineEdit")->setText(QStringLiteral("not it"));
        QSignalSpy finished(w, &FederationWizard::generationFinished);
        QTest::mouseClick(child<QPushButton>(w, "generateButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.first().at(0).toInt(), int(FederationWorker::Failed));
        QVERIFY2(child<QLabel>(w, "errorLabel")->text().contains(QStringLiteral("wrong passphrase")),
                 qPrintable(child<QLabel>(w, "errorLabel")->text()));
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(w->parties().size(), 4); // the table is as it was

        child<QLineEdit>(w, "existingPassphraseLineEdit")->setText(QStringLiteral("issuing pass"));
        QTest::mouseClick(child<QPushButton>(w, "generateButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 120000);
        QVERIFY2(finished.at(1).at(0).toInt() == int(FederationWorker::Succeeded), qPrintable(finished.at(1).at(1).toString()));
        QByteArray verifyOut;
        QVERIFY2(opensslVerify(out + QStringLiteral("/director/root_ca.crt"), out + QStringLiteral("/director/director.crt"), &verifyOut) == 0,
                 verifyOut.constData());
        QVERIFY2(opensslVerify(out + QStringLiteral("/envoy-2/root_ca.crt"), out + QStringLiteral("/envoy-2/envoy.crt"), &verifyOut) == 0,
                 verifyOut.constData());
        QCOMPARE(modeOf(out + QStringLiteral("/notebook/priv.key")), 0600);
        auto director = pki::Certificate::fromPem(readFile(out + QStringLiteral("/director/director.crt")));
        QVERIFY(director);
        QCOMPARE(director->subjectName().commonName, QStringLiteral("director.fl.hospital.example"));
        QVERIFY(director->subjectAltNames().dns.contains(QStringLiteral("director")));

        // FATE: three secrets per party
        w->setFramework(FederationFramework::Fate);
        child<QLineEdit>(w, "domainLineEdit")->setText(QStringLiteral("fate.hospital.example"));
        const QString fate = m_out.filePath(QStringLiteral("fate"));
        child<QLineEdit>(w, "outputDirLineEdit")->setText(fate);
        QTest::mouseClick(child<QPushButton>(w, "generateButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 120000);
        QVERIFY2(finished.at(2).at(0).toInt() == int(FederationWorker::Succeeded), qPrintable(finished.at(2).at(1).toString()));
        for (const QString &party : {QStringLiteral("party-9999"), QStringLiteral("party-10000")}) {
            const QString p = fate + QLatin1Char('/') + party;
            QVERIFY2(opensslVerify(p + QStringLiteral("/eggroll-certs/ca.pem"), p + QStringLiteral("/eggroll-certs/server.crt"), &verifyOut) == 0,
                     verifyOut.constData());
            QVERIFY2(opensslVerify(p + QStringLiteral("/pulsar-cert/ca.cert.pem"), p + QStringLiteral("/pulsar-cert/broker.cert.pem"), &verifyOut) == 0,
                     verifyOut.constData());
            QCOMPARE(modeOf(p + QStringLiteral("/traffic-server-cert/proxy.key.pem")), 0600);
        }
        w->close();
        // 5 before + 4 OpenFL + 2 × 4 FATE (eggroll server and client, pulsar, traffic-server)
        QTRY_COMPARE(m_page->inventory()->rowCount(), 5 + 4 + 8);
    }

    // The Issue dialog's framework presets: the file names, key encoding, CN in the SANs, usage
    // and (FLARE admin) the role in unstructuredName, checked on the written files with openssl.
    void issueDialogPresets_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QString>("cn");
        QTest::addColumn<QString>("dir");          // below the output folder
        QTest::addColumn<QStringList>("files");    // cert, key, CA
        QTest::addColumn<QByteArray>("keyHeader");
        QTest::addColumn<QByteArray>("subjectPart");
        QTest::addColumn<QByteArray>("sanPart");
        QTest::addColumn<QByteArray>("usage");
        using P = IssueCertificateDialog::Preset;
        QTest::newRow("openfl-envoy") << int(P::OpenFlEnvoy) << QStringLiteral("envoy-3") << QString()
                                      << QStringList{QStringLiteral("envoy.crt"), QStringLiteral("priv.key"), QStringLiteral("root_ca.crt")}
                                      << QByteArray("-----BEGIN RSA PRIVATE KEY-----") << QByteArray("CN = envoy-3")
                                      << QByteArray("DNS:envoy-3") << QByteArray("TLS Web Client Authentication");
        QTest::newRow("flare-admin") << int(P::FlareAdmin) << QStringLiteral("lead@hospital.example") << QStringLiteral("startup")
                                     << QStringList{QStringLiteral("client.crt"), QStringLiteral("client.key"), QStringLiteral("rootCA.pem")}
                                     << QByteArray("-----BEGIN RSA PRIVATE KEY-----") << QByteArray("unstructuredName = lead")
                                     << QByteArray() << QByteArray("TLS Web Client Authentication");
        QTest::newRow("fate-pulsar") << int(P::FatePulsar) << QStringLiteral("9999.fate.example") << QString()
                                     << QStringList{QStringLiteral("broker.cert.pem"), QStringLiteral("broker.key-pk8.pem"), QStringLiteral("ca.cert.pem")}
                                     << QByteArray("-----BEGIN PRIVATE KEY-----") << QByteArray("CN = 9999.fate.example")
                                     << QByteArray("DNS:9999.fate.example")
                                     << QByteArray("TLS Web Server Authentication, TLS Web Client Authentication");
    }
    void issueDialogPresets()
    {
        QFETCH(int, preset);
        QFETCH(QString, cn);
        QFETCH(QString, dir);
        QFETCH(QStringList, files);
        QFETCH(QByteArray, keyHeader);
        QFETCH(QByteArray, subjectPart);
        QFETCH(QByteArray, sanPart);
        QFETCH(QByteArray, usage);
        IssueCertificateDialog *d = m_page->issueCertificate();
        QPointer<IssueCertificateDialog> guard(d);
        QVERIFY(QTest::qWaitForWindowExposed(d));
        auto *ca = child<QComboBox>(d, "caComboBox");
        ca->setCurrentIndex(ca->findData(QStringLiteral("hospital-issuing")));
        d->setPreset(IssueCertificateDialog::Preset(preset));
        if (IssueCertificateDialog::Preset(preset) == IssueCertificateDialog::Preset::FlareAdmin) {
            auto *role = child<QComboBox>(d, "roleComboBox");
            QVERIFY(role->isEnabled());
            role->setCurrentIndex(role->findText(QStringLiteral("lead")));
        }
        child<QLineEdit>(d, "cnLineEdit")->setText(cn);
        const QString out = m_out.filePath(QStringLiteral("issue-") + QString::fromLatin1(QTest::currentDataTag()));
        child<QLineEdit>(d, "outputDirLineEdit")->setText(out);
        QTest::mouseClick(child<QPushButton>(d, "okButton"), Qt::LeftButton);
        answerPassphrase("issuing pass");
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(d, "resultLabel")->isVisible(), 60000);
        const QString base = dir.isEmpty() ? out : out + QLatin1Char('/') + dir;
        QCOMPARE(QDir(base).entryList(QDir::Files, QDir::Name), [&] { QStringList f = files; f.sort(); return f; }());
        QCOMPARE(modeOf(base + QLatin1Char('/') + files[1]), 0600);
        QVERIFY2(readFile(base + QLatin1Char('/') + files[1]).startsWith(keyHeader), readFile(base + QLatin1Char('/') + files[1]).left(40).constData());
        QByteArray verifyOut;
        QVERIFY2(opensslVerify(base + QLatin1Char('/') + files[2], base + QLatin1Char('/') + files[0], &verifyOut) == 0, verifyOut.constData());
        QProcess text;
        text.start(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-in"), base + QLatin1Char('/') + files[0],
                                               QStringLiteral("-noout"), QStringLiteral("-subject"), QStringLiteral("-ext"),
                                               QStringLiteral("subjectAltName,extendedKeyUsage")});
        QVERIFY(text.waitForFinished(30000));
        const QByteArray t = text.readAllStandardOutput();
        QVERIFY2(t.contains(subjectPart) && t.contains(usage), t.constData());
        if (!sanPart.isEmpty())
            QVERIFY2(t.contains(sanPart), t.constData());
        d->close();
    }

    void mainWindowHasTheCertificatesTab()
    {
        QTemporaryDir pki;
        qputenv("FEDCONSOLE_PKI_DIR", pki.path().toUtf8());
        QSettings settings(m_out.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        MainWindow window(Kubeconfig::load({m_out.filePath(QStringLiteral("no-such-kubeconfig"))}), &settings);
        qunsetenv("FEDCONSOLE_PKI_DIR");
        window.resize(1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *pages = window.findChild<QTabWidget *>(QStringLiteral("mainTabWidget"));
        QVERIFY(pages);
        CertificatesPage *page = window.certificatesPage();
        QVERIFY(page);
        const int index = pages->indexOf(page);
        QVERIFY(index >= 0);
        QVERIFY(pages->tabText(index).remove(u'&') == QStringLiteral("Certificates"));
        QCOMPARE(page->store().dataDir(), QDir::cleanPath(pki.path()));
        // the embedding point for the cluster view
        auto *view = new QLabel(QStringLiteral("cluster secrets"));
        const int tab = page->addClusterView(view, QStringLiteral("Cluster"));
        QCOMPARE(page->tabs()->widget(tab), view);
    }
};

QTEST_MAIN(TestPkiDialogs)
#include "tst_pkidialogs.moc"
