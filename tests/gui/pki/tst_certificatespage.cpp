// The Certificates page in a real window (Xvfb), driven through its dialogs: create a CA, issue a
// certificate (SAN syntax errors inline and nothing written; a wrong CA passphrase explained and
// the dialog kept), see it in the inventory coloured as expiring, filter/sort, deploy it from
// memory, and sign CSRs (a tampered one refused). Saves $FEDCONSOLE_SCREENSHOT_DIR/certificates.png.

#include "../common/GuiTestUtil.h"
#include "backend/pki/CertificateRequest.h"
#include "backend/secrets/Keychain.h"
#include "gui/pki/CaDialogs.h"
#include "gui/pki/CertificatesPage.h"
#include "gui/pki/IssueCertificateDialog.h"
#include "gui/pki/PassphraseDialog.h"
#include "gui/pki/SignCsrDialog.h"
#include "model/pki/CaStore.h"
#include "model/pki/CertificateInventory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace fc;

namespace {

const QByteArray kPassphrase = "correct horse battery";

int modeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

QByteArray openssl(const QStringList &args, int *exitCode)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    p.waitForFinished(30000);
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAll();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestCertificatesPage : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_data;
    QTemporaryDir m_out;
    std::unique_ptr<CertificatesPage> m_page;
    QPointer<IssueCertificateDialog> m_issue;

    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    /// The passphrase dialog currently shown (the keychain is tried first when there is one).
    PassphraseDialog *visiblePassphraseDialog() const
    {
        for (PassphraseDialog *d : m_page->findChildren<PassphraseDialog *>()) {
            if (d->isVisible())
                return d;
        }
        return nullptr;
    }

    int rowOf(const QString &subjectPart) const
    {
        QSortFilterProxyModel *proxy = m_page->proxy();
        for (int r = 0; r < proxy->rowCount(); ++r) {
            if (proxy->index(r, CertificateInventory::SubjectColumn).data().toString().contains(subjectPart))
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_data.isValid() && m_out.isValid());
        qInfo("keychain available: %s", Keychain::isAvailable() ? "yes" : "no");
        m_page = std::make_unique<CertificatesPage>(m_data.path());
        m_page->resize(1300, 760);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QCOMPARE(m_page->inventory()->rowCount(), 0);
    }

    void createCaThroughDialog()
    {
        NewCaDialog *d = m_page->newCa();
        QPointer<NewCaDialog> guard(d);
        QVERIFY(QTest::qWaitForWindowExposed(d));
        FC_ACCESSIBLE(d);
        QTest::keyClicks(child<QLineEdit>(d, "caNameLineEdit"), QStringLiteral("fl-root"));
        QTest::keyClicks(child<QLineEdit>(d, "cnLineEdit"), QStringLiteral("Federation Root CA"));
        QTest::keyClicks(child<QLineEdit>(d, "orgLineEdit"), QStringLiteral("Example Research"));
        QTest::keyClicks(child<QLineEdit>(d, "countryLineEdit"), QStringLiteral("DE"));
        QTest::keyClicks(child<QLineEdit>(d, "caPassphraseLineEdit"), QString::fromUtf8(kPassphrase));
        QTest::keyClicks(child<QLineEdit>(d, "caConfirmLineEdit"), QStringLiteral("typo"));
        QCOMPARE(child<QCheckBox>(d, "caRememberCheckBox")->isEnabled(), Keychain::isAvailable());
        QTest::mouseClick(child<QPushButton>(d, "okButton"), Qt::LeftButton);
        // mismatch: explained inline, everything typed is still there
        QVERIFY(child<QLabel>(d, "errorLabel")->isVisible());
        QVERIFY2(child<QLabel>(d, "errorLabel")->text().contains(QStringLiteral("differ")), qPrintable(child<QLabel>(d, "errorLabel")->text()));
        QCOMPARE(child<QLineEdit>(d, "cnLineEdit")->text(), QStringLiteral("Federation Root CA"));
        QVERIFY(d->isVisible());
        child<QLineEdit>(d, "caConfirmLineEdit")->setText(QString::fromUtf8(kPassphrase));
        QTest::mouseClick(child<QPushButton>(d, "okButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 30000);
        QCOMPARE(m_page->inventory()->rowCount(), 1);
        QVERIFY(m_page->inventory()->index(0, 0).data(CertificateInventory::IsCaRole).toBool());
        QVERIFY(m_page->inventory()->index(0, 0).data(CertificateInventory::ChainVerifiedRole).toBool());
        QVERIFY(CaStore(m_data.path()).contains(QStringLiteral("fl-root")));
    }

    void sanSyntaxErrorIsInlineAndNothingIsWritten()
    {
        // the shortcut works from the page (focus on the table)
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_page->table()->setFocus();
        QTest::keyClick(m_page->table(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(m_page->findChild<IssueCertificateDialog *>() != nullptr);
        m_issue = m_page->findChild<IssueCertificateDialog *>();
        QVERIFY(QTest::qWaitForWindowExposed(m_issue));
        QCOMPARE(child<QComboBox>(m_issue, "caComboBox")->currentData().toString(), QStringLiteral("fl-root"));
        QTest::keyClicks(child<QLineEdit>(m_issue, "cnLineEdit"), QStringLiteral("api.example.org"));
        QTest::keyClicks(child<QLineEdit>(m_issue, "orgLineEdit"), QStringLiteral("Example Research"));
        auto *sans = child<QLineEdit>(m_issue, "sansLineEdit");
        QTest::keyClicks(sans, QStringLiteral("api.example.org, bad_name!, 10.0.0.300"));
        auto *sanError = child<QLabel>(m_issue, "sanErrorLabel");
        QVERIFY(sanError->isVisible()); // while typing, before OK
        QVERIFY2(sanError->text().contains(QStringLiteral("bad_name!")) && sanError->text().contains(QStringLiteral("10.0.0.300")),
                 qPrintable(sanError->text()));
        child<QLineEdit>(m_issue, "outputDirLineEdit")->setText(m_out.filePath(QStringLiteral("api")));
        child<QSpinBox>(m_issue, "validitySpinBox")->setValue(10);
        QTest::mouseClick(child<QPushButton>(m_issue, "okButton"), Qt::LeftButton);
        QTest::qWait(200);
        QVERIFY(child<QLabel>(m_issue, "errorLabel")->isVisible());
        QVERIFY(child<QLabel>(m_issue, "errorLabel")->text().contains(QStringLiteral("SANs")));
        QVERIFY(visiblePassphraseDialog() == nullptr); // refused before asking for anything
        QCOMPARE(sans->text(), QStringLiteral("api.example.org, bad_name!, 10.0.0.300")); // kept
        QVERIFY(!QFileInfo::exists(m_out.filePath(QStringLiteral("api"))));
        QVERIFY(CaStore(m_data.path()).issued()->isEmpty());
        QCOMPARE(m_page->inventory()->rowCount(), 1);
    }

    void wrongPassphraseIsExplainedThenIssues()
    {
        QVERIFY(m_issue);
        auto *sans = child<QLineEdit>(m_issue, "sansLineEdit");
        sans->setText(QStringLiteral("api.example.org, api, 10.0.0.30"));
        QVERIFY(!child<QLabel>(m_issue, "sanErrorLabel")->isVisible());
        if (const QString shots = qEnvironmentVariable("FEDCONSOLE_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QDir().mkpath(shots);
            QTest::qWait(50); // let the layout settle after the SAN error row went away
            QVERIFY(m_issue->grab().save(shots + QStringLiteral("/issue-dialog.png")));
        }
        QTest::mouseClick(child<QPushButton>(m_issue, "okButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(visiblePassphraseDialog() != nullptr, 60000); // after the keychain said no
        PassphraseDialog *pd = visiblePassphraseDialog();
        QVERIFY(QTest::qWaitForWindowExposed(pd));
        QCOMPARE(child<QCheckBox>(pd, "rememberCheckBox")->isEnabled(), Keychain::isAvailable());
        if (!Keychain::isAvailable())
            QVERIFY(child<QCheckBox>(pd, "rememberCheckBox")->text().contains(Keychain::unavailableMessage()));
        auto *pass = child<QLineEdit>(pd, "passphraseLineEdit");
        QTest::keyClicks(pass, QStringLiteral("wrong passphrase"));
        QTest::mouseClick(child<QPushButton>(pd, "okButton"), Qt::LeftButton);
        auto *error = child<QLabel>(pd, "errorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
        QVERIFY2(error->text().contains(QStringLiteral("Wrong passphrase for CA \"fl-root\"")), qPrintable(error->text()));
        if (const QString shots = qEnvironmentVariable("FEDCONSOLE_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(pd->grab().save(shots + QStringLiteral("/passphrase-dialog.png")));
        QVERIFY(pd->isVisible());
        QCOMPARE(pass->text(), QStringLiteral("wrong passphrase"));
        QVERIFY(!QFileInfo::exists(m_out.filePath(QStringLiteral("api"))));

        pass->setText(QString::fromUtf8(kPassphrase));
        QTest::mouseClick(child<QPushButton>(pd, "okButton"), Qt::LeftButton);
        auto *result = child<QLabel>(m_issue, "resultLabel");
        QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 30000);
        QVERIFY2(result->text().contains(QStringLiteral("api.example.org")), qPrintable(result->text()));

        // files: PEM layout, key 0600, accepted by openssl
        const QString dir = m_out.filePath(QStringLiteral("api"));
        QCOMPARE(modeOf(dir + QStringLiteral("/tls.key")), 0600);
        int rc = -1;
        const QByteArray verify = openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), dir + QStringLiteral("/ca.crt"),
                                           dir + QStringLiteral("/tls.crt")}, &rc);
        QVERIFY2(rc == 0 && verify.contains(": OK"), verify.constData());
        const QByteArray text = openssl({QStringLiteral("x509"), QStringLiteral("-in"), dir + QStringLiteral("/tls.crt"),
                                         QStringLiteral("-noout"), QStringLiteral("-ext"), QStringLiteral("subjectAltName,extendedKeyUsage")}, &rc);
        QVERIFY2(text.contains("DNS:api.example.org") && text.contains("DNS:api") && text.contains("IP Address:10.0.0.30")
                     && text.contains("TLS Web Server Authentication"),
                 text.constData());

        // deploy right after issuing: certificate, matching in-memory key, chain up to the root
        QSignalSpy deploy(m_page.get(), &CertificatesPage::deployRequested);
        auto *deployButton = child<QPushButton>(m_issue, "deployButton");
        QVERIFY(deployButton->isEnabled());
        QTest::mouseClick(deployButton, Qt::LeftButton);
        QCOMPARE(deploy.size(), 1);
        auto cert = pki::Certificate::fromPem(deploy.first().at(0).toByteArray());
        auto key = pki::PrivateKey::fromPem(deploy.first().at(1).toByteArray());
        auto chain = pki::Certificate::listFromPem(deploy.first().at(2).toByteArray());
        QVERIFY(cert && key && chain);
        QVERIFY(cert->checkPrivateKey(key.value()).ok());
        QCOMPARE(chain->size(), 1);
        QCOMPARE(chain->first().info().subject, cert->info().issuer);
        m_issue->close();
    }

    void inventoryShowsTheExpiringCertificate()
    {
        QCOMPARE(m_page->inventory()->rowCount(), 2);
        const int row = rowOf(QStringLiteral("api.example.org"));
        QVERIFY(row >= 0);
        QSortFilterProxyModel *proxy = m_page->proxy();
        const QModelIndex notAfter = proxy->index(row, CertificateInventory::NotAfterColumn);
        QCOMPARE(CertificateInventory::ExpiryState(notAfter.data(CertificateInventory::ExpiryStateRole).toInt()),
                 CertificateInventory::ExpiryState::ExpiringSoon);
        const QColor amber = notAfter.data(CertificateInventory::ExpiryColorRole).value<QColor>();
        QCOMPARE(amber, QColor(0xFF, 0xBF, 0x00));
        const QColor tint = proxy->index(row, CertificateInventory::SubjectColumn).data(Qt::BackgroundRole).value<QColor>();
        QVERIFY(tint.isValid());
        QCOMPARE(tint.rgb(), amber.rgb()); // the whole row, translucent
        QVERIFY(tint.alpha() < 255);
        QVERIFY2(proxy->index(row, CertificateInventory::StatusColumn).data().toString().contains(QStringLiteral("expires in")),
                 qPrintable(proxy->index(row, CertificateInventory::StatusColumn).data().toString()));
        // the CA row is not flagged
        const int caRow = rowOf(QStringLiteral("Federation Root CA"));
        QVERIFY(!proxy->index(caRow, CertificateInventory::SubjectColumn).data(Qt::BackgroundRole).isValid());
        // details of the selection
        QVERIFY(m_page->selectSerial(proxy->index(row, CertificateInventory::SerialColumn).data().toString()));
        const QString details = child<QWidget>(m_page.get(), "certificateDetailsBrowser")->property("plainText").toString();
        QVERIFY2(details.contains(QStringLiteral("SHA-256 fingerprint")) && details.contains(QStringLiteral("serverAuth"))
                     && details.contains(QStringLiteral("in memory")),
                 qPrintable(details));
        QVERIFY(child<QWidget>(m_page.get(), "certificatePemTextEdit")->property("plainText").toString().startsWith(
            QStringLiteral("-----BEGIN CERTIFICATE-----")));
    }

    void filterAndSort()
    {
        auto *filter = child<QLineEdit>(m_page.get(), "certificateFilterLineEdit");
        QTest::keyClicks(filter, QStringLiteral("10.0.0.30"));
        QCOMPARE(m_page->proxy()->rowCount(), 1);
        QVERIFY(child<QLabel>(m_page.get(), "certificateCountLabel")->text().startsWith(QStringLiteral("1 of 2")));
        filter->clear();
        QCOMPARE(m_page->proxy()->rowCount(), 2);
        m_page->table()->sortByColumn(CertificateInventory::NotAfterColumn, Qt::AscendingOrder);
        QVERIFY(m_page->proxy()->index(0, 0).data().toString().contains(QStringLiteral("api.example.org")));
        m_page->table()->sortByColumn(CertificateInventory::NotAfterColumn, Qt::DescendingOrder);
        QVERIFY(m_page->proxy()->index(0, 0).data().toString().contains(QStringLiteral("Federation Root CA")));
    }

    void signCsrRefusesBadSignature()
    {
        auto key = pki::PrivateKey::generate(pki::KeyType::EcP256);
        QVERIFY(key);
        pki::DistinguishedName dn;
        dn.commonName = QStringLiteral("envoy-7");
        dn.organization = QStringLiteral("Hospital C");
        pki::SubjectAltNames sans;
        sans.dns = {QStringLiteral("envoy-7.example.org")};
        auto csr = pki::CertificateRequest::create(dn, sans, key.value());
        QVERIFY(csr);
        const QString good = m_out.filePath(QStringLiteral("good.csr"));
        const QString bad = m_out.filePath(QStringLiteral("bad.csr"));
        QVERIFY(writeFile(good, csr->toPem()));
        // flip one bit inside the signature (the DER's last bytes) and re-encode
        QByteArray pem = csr->toPem();
        QByteArray b64;
        for (const QByteArray &line : pem.split('\n')) {
            if (!line.startsWith("-----"))
                b64 += line;
        }
        QByteArray der = QByteArray::fromBase64(b64);
        der[der.size() - 3] = char(der[der.size() - 3] ^ 0x01);
        QVERIFY(writeFile(bad, "-----BEGIN CERTIFICATE REQUEST-----\n" + der.toBase64() + "\n-----END CERTIFICATE REQUEST-----\n"));

        SignCsrDialog *d = m_page->signCsr();
        QPointer<SignCsrDialog> guard(d);
        QVERIFY(QTest::qWaitForWindowExposed(d));
        const QString out = m_out.filePath(QStringLiteral("envoy-7.crt"));
        child<QLineEdit>(d, "outputFileLineEdit")->setText(out);
        d->loadRequest(bad);
        QVERIFY2(child<QLabel>(d, "csrSubjectLabel")->text().contains(QStringLiteral("envoy-7")), qPrintable(child<QLabel>(d, "csrSubjectLabel")->text()));
        QVERIFY2(child<QLabel>(d, "csrSignatureLabel")->text().startsWith(QStringLiteral("BAD")), qPrintable(child<QLabel>(d, "csrSignatureLabel")->text()));
        QTest::mouseClick(child<QPushButton>(d, "okButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(d, "errorLabel")->text().contains(QStringLiteral("Refused")));
        QTest::qWait(200);
        QVERIFY(visiblePassphraseDialog() == nullptr);
        QVERIFY(!QFileInfo::exists(out));

        d->loadRequest(good);
        QVERIFY(child<QLabel>(d, "csrSansLabel")->text().contains(QStringLiteral("envoy-7.example.org")));
        QVERIFY(child<QLabel>(d, "csrSignatureLabel")->text().startsWith(QStringLiteral("valid")));
        auto *usage = child<QComboBox>(d, "usageComboBox");
        usage->setCurrentIndex(usage->findData(int(pki::LeafUsage::Client)));
        QTest::mouseClick(child<QPushButton>(d, "okButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(visiblePassphraseDialog() != nullptr, 60000);
        PassphraseDialog *pd = visiblePassphraseDialog();
        child<QLineEdit>(pd, "passphraseLineEdit")->setText(QString::fromUtf8(kPassphrase));
        QTest::mouseClick(child<QPushButton>(pd, "okButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 30000);
        int rc = -1;
        const QByteArray verify = openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"),
                                           m_out.filePath(QStringLiteral("api/ca.crt")), out}, &rc);
        QVERIFY2(rc == 0, verify.constData());
        QCOMPARE(m_page->inventory()->rowCount(), 3);
        QVERIFY(rowOf(QStringLiteral("envoy-7")) >= 0);
    }

    void screenshotWithExpiredCertificate()
    {
        // an older CA with a certificate that expired last year, made with a clock in the past
        CaStore store(m_data.path());
        const pki::FixedClock past(QDateTime::currentDateTimeUtc().addDays(-500));
        pki::CaRequest caReq;
        caReq.subject.commonName = QStringLiteral("Legacy OpenFL CA");
        caReq.subject.organization = QStringLiteral("Example Research");
        caReq.keyType = pki::KeyType::EcP256;
        auto legacy = store.createRoot(QStringLiteral("legacy-openfl"), caReq, kPassphrase, past);
        QVERIFY2(legacy, qPrintable(legacy ? QString() : legacy.error().toString()));
        pki::LeafRequest leaf;
        leaf.subject.commonName = QStringLiteral("director.fl.example.org");
        leaf.sans.dns = {QStringLiteral("director"), QStringLiteral("director.fl.example.org")};
        leaf.usage = pki::LeafUsage::ServerAndClient;
        leaf.validityDays = 365;
        auto old = legacy->issue(leaf, past);
        QVERIFY(old);
        QVERIFY(store.addIssued(old->certificate));
        m_page->reload();
        QCOMPARE(m_page->inventory()->rowCount(), 5);
        const int expired = rowOf(QStringLiteral("director.fl.example.org"));
        QCOMPARE(CertificateInventory::ExpiryState(
                     m_page->proxy()->index(expired, 0).data(CertificateInventory::ExpiryStateRole).toInt()),
                 CertificateInventory::ExpiryState::Expired);
        QCOMPARE(m_page->proxy()->index(expired, CertificateInventory::NotAfterColumn).data(CertificateInventory::ExpiryColorRole).value<QColor>(),
                 QColor(Qt::red));
        // select a row that is not flagged, so the amber and red tints show in the picture
        m_page->table()->sortByColumn(CertificateInventory::NotAfterColumn, Qt::AscendingOrder);
        QVERIFY(m_page->selectSerial(m_page->proxy()->index(rowOf(QStringLiteral("envoy-7")), CertificateInventory::SerialColumn).data().toString()));
        m_page->resize(1300, 680);
        const QString shots = qEnvironmentVariable("FEDCONSOLE_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QDir().mkpath(shots);
            QTest::qWait(100);
            QVERIFY(m_page->grab().save(shots + QStringLiteral("/certificates.png")));
        }
    }
};

QTEST_MAIN(TestCertificatesPage)
#include "tst_certificatespage.moc"
