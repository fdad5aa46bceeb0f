// ClusterCertificatesView on the local control plane: the table lists the certificates of the
// namespace's secrets with the pods that mount them, filters, and "Renew into secret…" asks for CA
// and passphrase, shows the plan, writes only on confirmation, and refuses when the secret changed
// after the plan was made. Saves $FEDCONSOLE_SCREENSHOT_DIR/cluster-certificates.png.

#include "../../integration/common/LocalConnection.h"

#include "backend/cluster/Kubeconfig.h"
#include "backend/secrets/Keychain.h"
#include "gui/pki/ClusterCertificatesView.h"
#include "gui/pki/PassphraseDialog.h"
#include "backend/core/TaskRunner.h"
#include "model/pki/CaStore.h"
#include "model/pki/ClusterCertificateModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>

using namespace fc;
using namespace fc::test;

namespace {
const QByteArray kPassphrase = "gui-ca-passphrase";
}

class TestClusterCertificatesView : public QObject {
    Q_OBJECT
private:
    QString m_ns;
    QTemporaryDir m_dir;
    std::unique_ptr<ClusterConnection> m_conn;
    std::unique_ptr<CaStore> m_store;
    pki::CertificateAuthority m_ca;

    template<typename T>
    T *child(QObject *w, const char *name)
    {
        T *c = w->findChild<T *>(QLatin1String(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }

    QByteArray secretCert(const QString &name)
    {
        return QByteArray::fromBase64(kubectl({QStringLiteral("get"), QStringLiteral("secret"), name, QStringLiteral("-n"), m_ns,
                                               QStringLiteral("-o"), QStringLiteral("jsonpath={.data.tls\\.crt}")})
                                          .out);
    }

    void deploy(const QString &name, const QString &cn, int days)
    {
        pki::LeafRequest r;
        r.subject.commonName = cn;
        r.sans.dns = {cn};
        r.validityDays = days;
        CertificateSecretSpec s;
        s.namespace_ = m_ns;
        s.name = name;
        s.material = SecretMaterial::fromIssued(m_ca.issue(r).value()).value();
        std::optional<Result<SecretWriteResult>> done;
        applyCertificateSecret(m_conn.get(), s, {}, this, [&](const Result<SecretWriteResult> &w) { done = w; });
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 20000);
        QVERIFY2(done->ok(), qPrintable(done->ok() ? QString() : done->error().toString()));
    }

    /// Shows the view on this test's namespace; true once its first refresh came.
    bool showNamespace(ClusterCertificatesView &view)
    {
        view.show();
        QSignalSpy refreshed(view.model(), &ClusterCertificateModel::refreshed);
        view.setNamespace(m_ns);
        return refreshed.wait(30000);
    }

    int rowOf(ClusterCertificatesView &view, const QString &secret)
    {
        for (int r = 0; r < view.proxy()->rowCount(); ++r)
            if (view.proxy()->index(r, ClusterCertificateModel::SecretColumn).data().toString() == secret
                && view.proxy()->index(r, ClusterCertificateModel::KeyColumn).data().toString() == u"tls.crt")
                return r;
        return -1;
    }

    RenewIntoSecretDialog *openRenew(ClusterCertificatesView &view, const QString &secret)
    {
        const int row = rowOf(view, secret);
        if (row < 0)
            return nullptr;
        view.tableView()->selectRow(row);
        QTest::mouseClick(child<QPushButton>(&view, "renewButton"), Qt::LeftButton);
        auto *dialog = view.findChild<RenewIntoSecretDialog *>();
        if (!dialog)
            return nullptr;
        auto *ca = child<QComboBox>(dialog, "caComboBox");
        ca->setCurrentIndex(ca->findData(QStringLiteral("gui-root")));
        QTest::keyClicks(child<QLineEdit>(dialog, "passphraseLineEdit"), QString::fromLatin1(kPassphrase));
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        FC_REQUIRE_LOCAL_CLUSTER();
        m_ns = QStringLiteral("gui-certs-%1").arg(QRandomGenerator::global()->bounded(100000));
        QVERIFY(createNamespace(m_ns));
        FC_CONNECT_LOCAL(m_conn, QStringLiteral("fedconsole-local"));
        m_store = std::make_unique<CaStore>(m_dir.filePath(QStringLiteral("pki")));
        pki::CaRequest r;
        r.subject.commonName = QStringLiteral("GUI Root");
        auto ca = m_store->createRoot(QStringLiteral("gui-root"), r, kPassphrase);
        QVERIFY(ca.ok());
        m_ca = ca.value();
        deploy(QStringLiteral("aggregator-tls"), QStringLiteral("aggregator.fl.example"), 300);
        deploy(QStringLiteral("site-a-tls"), QStringLiteral("site-a.fl.example"), 12);
        deploy(QStringLiteral("site-b-tls"), QStringLiteral("site-b.fl.example"), 200);
        FC_KUBECTL({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, QStringLiteral(R"(apiVersion: v1
kind: Pod
metadata: {name: aggregator-0, namespace: %1}
spec:
  containers: [{name: main, image: busybox}]
  volumes: [{name: certs, secret: {secretName: aggregator-tls}}]
)").arg(m_ns).toUtf8());
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns, QStringLiteral("--wait=false")});
    }

    void listsFiltersAndRenews()
    {
        ClusterCertificatesView view(m_conn.get(), m_store.get());
        view.resize(1400, 520);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy refreshed(view.model(), &ClusterCertificateModel::refreshed);
        view.setNamespace(m_ns);
        QVERIFY(refreshed.wait(30000));
        QCOMPARE(view.model()->rowCount(), 6); // leaf + CA certificate per secret
        const int aggregator = rowOf(view, QStringLiteral("aggregator-tls"));
        QVERIFY(aggregator >= 0);
        QCOMPARE(view.proxy()->index(aggregator, ClusterCertificateModel::MountedByColumn).data().toString(), QStringLiteral("aggregator-0"));
        QCOMPARE(view.proxy()->index(aggregator, ClusterCertificateModel::ChainColumn).data().toString(), QStringLiteral("verified"));
        const int siteA = rowOf(view, QStringLiteral("site-a-tls"));
        QCOMPARE(view.proxy()->index(siteA, ClusterCertificateModel::NotAfterColumn).data(Qt::ForegroundRole).value<QColor>(),
                 QColor(0xFF, 0xBF, 0x00));

        QTest::keyClicks(child<QLineEdit>(&view, "filterLineEdit"), QStringLiteral("site-"));
        QCOMPARE(view.proxy()->rowCount(), 4);
        const QString dir = qEnvironmentVariable("FEDCONSOLE_SCREENSHOT_DIR");
        child<QLineEdit>(&view, "filterLineEdit")->clear();
        view.tableView()->selectRow(rowOf(view, QStringLiteral("site-a-tls")));
        if (!dir.isEmpty()) {
            QTest::qWait(100);
            QVERIFY(view.grab().save(dir + QStringLiteral("/cluster-certificates.png")));
        }

        // renew site-a: prepare shows the plan, nothing is written until confirmed
        const QByteArray before = secretCert(QStringLiteral("site-a-tls"));
        RenewIntoSecretDialog *dialog = openRenew(view, QStringLiteral("site-a-tls"));
        QVERIFY(dialog);
        QVERIFY(!child<QPushButton>(dialog, "writeButton")->isEnabled());
        QSignalSpy prepared(dialog, &RenewIntoSecretDialog::prepared);
        QTest::mouseClick(child<QPushButton>(dialog, "prepareButton"), Qt::LeftButton);
        QVERIFY(prepared.wait(20000));
        QVERIFY2(prepared.first().at(0).toBool(), qPrintable(prepared.first().at(1).toString()));
        QVERIFY(child<QLabel>(dialog, "planLabel")->text().contains(u"ca.crt, tls.crt, tls.key"));
        QCOMPARE(secretCert(QStringLiteral("site-a-tls")), before);
        QSignalSpy renewed(&view, &ClusterCertificatesView::secretRenewed);
        QTest::mouseClick(child<QPushButton>(dialog, "writeButton"), Qt::LeftButton);
        QVERIFY(renewed.wait(20000));
        const QByteArray after = secretCert(QStringLiteral("site-a-tls"));
        QVERIFY(after != before);
        QCOMPARE(pki::Certificate::fromPem(after)->serialHex(), renewed.first().at(2).toString());
        QCOMPARE(pki::Certificate::fromPem(after)->subjectName().commonName, QStringLiteral("site-a.fl.example"));
        // the view re-reads: site-a is no longer amber
        QVERIFY(refreshed.wait(30000));
        QVERIFY(!view.proxy()->index(rowOf(view, QStringLiteral("site-a-tls")), ClusterCertificateModel::NotAfterColumn)
                     .data(Qt::ForegroundRole).isValid());
    }

    void staleSecretIsRefused()
    {
        ClusterCertificatesView view(m_conn.get(), m_store.get());
        QVERIFY(showNamespace(view));
        const QByteArray before = secretCert(QStringLiteral("site-b-tls"));
        RenewIntoSecretDialog *dialog = openRenew(view, QStringLiteral("site-b-tls"));
        QVERIFY(dialog);
        child<QRadioButton>(dialog, "sameKeyRadioButton")->setChecked(true);
        QSignalSpy prepared(dialog, &RenewIntoSecretDialog::prepared);
        QTest::mouseClick(child<QPushButton>(dialog, "prepareButton"), Qt::LeftButton);
        QVERIFY(prepared.wait(20000));
        QVERIFY(prepared.first().at(0).toBool());
        QVERIFY(child<QLabel>(dialog, "planLabel")->text().contains(u"key: kept"));
        FC_KUBECTL({QStringLiteral("label"), QStringLiteral("secret"), QStringLiteral("site-b-tls"), QStringLiteral("-n"), m_ns,
                    QStringLiteral("touched=yes")});
        auto *error = child<QLabel>(dialog, "errorLabel");
        QTest::mouseClick(child<QPushButton>(dialog, "writeButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
        QVERIFY2(error->text().contains(u"changed since it was read"), qPrintable(error->text()));
        QVERIFY(dialog->isVisible());
        QVERIFY(!child<QPushButton>(dialog, "writeButton")->isEnabled()); // prepare again first
        QCOMPARE(secretCert(QStringLiteral("site-b-tls")), before);

        // a wrong passphrase is said so, nothing read or written
        child<QLineEdit>(dialog, "passphraseLineEdit")->setText(QStringLiteral("wrong"));
        prepared.clear();
        QTest::mouseClick(child<QPushButton>(dialog, "prepareButton"), Qt::LeftButton);
        QVERIFY(!prepared.isEmpty());
        QVERIFY(!prepared.first().at(0).toBool());
        QVERIFY2(error->text().contains(u"passphrase"), qPrintable(error->text()));
    }

    // The dialog starts on the CA that issued the secret's certificate even when another CA sorts
    // first; renewing with another CA is refused (it would re-root the party) until re-issuing
    // is ticked, and the plan then says so.
    void anotherCaIsRefusedUnlessReissuing()
    {
        // a look-alike: the same subject as the CA that issued everything here, another key
        pki::CaRequest r;
        r.subject.commonName = QStringLiteral("GUI Root");
        QVERIFY(m_store->createRoot(QStringLiteral("another-root"), r, kPassphrase).ok());
        const auto removeAgain = qScopeGuard([this] { QDir(m_store->dataDir() + QStringLiteral("/cas/another-root")).removeRecursively(); });
        ClusterCertificatesView view(m_conn.get(), m_store.get());
        QVERIFY(showNamespace(view));
        const QByteArray before = secretCert(QStringLiteral("aggregator-tls"));
        view.tableView()->selectRow(rowOf(view, QStringLiteral("aggregator-tls")));
        QTest::mouseClick(child<QPushButton>(&view, "renewButton"), Qt::LeftButton);
        auto *dialog = view.findChild<RenewIntoSecretDialog *>();
        QVERIFY(dialog);
        auto *ca = child<QComboBox>(dialog, "caComboBox");
        QCOMPARE(ca->count(), 2);
        QCOMPARE(ca->itemData(0).toString(), QStringLiteral("another-root"));
        QCOMPARE(ca->currentData().toString(), QStringLiteral("gui-root")); // the issuer, preselected
        ca->setCurrentIndex(ca->findData(QStringLiteral("another-root")));
        QTest::keyClicks(child<QLineEdit>(dialog, "passphraseLineEdit"), QString::fromLatin1(kPassphrase));
        QSignalSpy prepared(dialog, &RenewIntoSecretDialog::prepared);
        QTest::mouseClick(child<QPushButton>(dialog, "prepareButton"), Qt::LeftButton);
        QVERIFY(prepared.wait(20000));
        QVERIFY(!prepared.first().at(0).toBool());
        auto *error = child<QLabel>(dialog, "errorLabel");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"not by this CA"), qPrintable(error->text()));
        QVERIFY(!child<QPushButton>(dialog, "writeButton")->isEnabled());

        child<QCheckBox>(dialog, "reissueCheckBox")->setChecked(true);
        prepared.clear();
        QTest::mouseClick(child<QPushButton>(dialog, "prepareButton"), Qt::LeftButton);
        QVERIFY(prepared.wait(20000));
        QVERIFY2(prepared.first().at(0).toBool(), qPrintable(prepared.first().at(1).toString()));
        const QString plan = child<QLabel>(dialog, "planLabel")->text();
        // the same issuer name on both sides, and still called a re-issue: checked by signature
        QVERIFY2(plan.contains(u"re-issued under another CA"), qPrintable(plan));
        QVERIFY2(plan.contains(u"key: new EC 256"), qPrintable(plan)); // the old key's type
        QVERIFY(dialog->plan()->renewed.certificate.isIssuedBy(m_store->load(QStringLiteral("another-root"), kPassphrase)->certificate()));
        const QString dir = qEnvironmentVariable("FEDCONSOLE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(dialog->grab().save(dir + QStringLiteral("/renew-into-secret-reissue.png")));
        dialog->reject();
        QCOMPARE(secretCert(QStringLiteral("aggregator-tls")), before); // nothing was written
    }

    // With the page's unlocker (as in the main window) the dialog has no passphrase field of its
    // own: Prepare goes through the unlocker, which asks (keychain empty or absent) in a
    // passphrase dialog and decrypts off the UI thread; a wrong passphrase keeps that dialog open.
    void unlocksThroughTheUnlocker()
    {
        Keychain keychain(QStringLiteral("fedconsole-test-%1").arg(QRandomGenerator::global()->bounded(1000000)));
        TaskRunner tasks;
        CaUnlocker unlocker(*m_store, &keychain, &tasks);
        ClusterCertificatesView view(m_conn.get(), m_store.get());
        view.setUnlocker(&unlocker);
        QVERIFY(showNamespace(view));
        view.tableView()->selectRow(rowOf(view, QStringLiteral("site-b-tls")));
        QTest::mouseClick(child<QPushButton>(&view, "renewButton"), Qt::LeftButton);
        auto *dialog = view.findChild<RenewIntoSecretDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(!child<QLineEdit>(dialog, "passphraseLineEdit")->isVisible());
        QCOMPARE(child<QComboBox>(dialog, "caComboBox")->currentData().toString(), QStringLiteral("gui-root"));
        auto *keyType = child<QComboBox>(dialog, "keyTypeComboBox"); // "same type" first; here an explicit RSA 2048
        QCOMPARE(keyType->currentIndex(), 0);
        keyType->setCurrentIndex(keyType->findData(int(pki::KeyType::Rsa2048)));
        QSignalSpy prepared(dialog, &RenewIntoSecretDialog::prepared);
        QTest::mouseClick(child<QPushButton>(dialog, "prepareButton"), Qt::LeftButton);
        PassphraseDialog *pd = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((pd = dialog->findChild<PassphraseDialog *>()) && pd->isVisible(), 30000);
        QTest::keyClicks(child<QLineEdit>(pd, "passphraseLineEdit"), QStringLiteral("wrong"));
        QTest::mouseClick(child<QPushButton>(pd, "okButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(pd, "errorLabel")->isVisible(), 30000);
        QVERIFY(prepared.isEmpty());
        child<QLineEdit>(pd, "passphraseLineEdit")->setText(QString::fromLatin1(kPassphrase));
        QTest::mouseClick(child<QPushButton>(pd, "okButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!prepared.isEmpty(), 30000);
        QVERIFY2(prepared.first().at(0).toBool(), qPrintable(prepared.first().at(1).toString()));
        QVERIFY2(prepared.first().at(1).toString().contains(u"key: new RSA 2048"), qPrintable(prepared.first().at(1).toString()));
        QVERIFY(child<QPushButton>(dialog, "writeButton")->isEnabled());
        dialog->reject();
    }

    // Closing the dialog while the new key is being generated (RSA 4096: seconds) neither waits
    // for it nor writes anything; the generation finishes on the view's runner.
    void closingWhileGeneratingDoesNotWait()
    {
        ClusterCertificatesView view(m_conn.get(), m_store.get());
        QVERIFY(showNamespace(view));
        const QByteArray before = secretCert(QStringLiteral("site-b-tls"));
        RenewIntoSecretDialog *dialog = openRenew(view, QStringLiteral("site-b-tls"));
        QVERIFY(dialog);
        auto *keyType = child<QComboBox>(dialog, "keyTypeComboBox");
        keyType->setCurrentIndex(keyType->findData(int(pki::KeyType::Rsa4096)));
        QPointer<RenewIntoSecretDialog> guard(dialog);
        QSignalSpy prepared(dialog, &RenewIntoSecretDialog::prepared);
        QTest::mouseClick(child<QPushButton>(dialog, "prepareButton"), Qt::LeftButton);
        auto *tasks = view.findChild<TaskRunner *>();
        QVERIFY(tasks);
        QTRY_VERIFY_WITH_TIMEOUT(tasks->isBusy() || !prepared.isEmpty(), 20000);
        QVERIFY2(prepared.isEmpty(), "the RSA 4096 renewal finished before the dialog could be closed");
        dialog->reject(); // WA_DeleteOnClose
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 5000);
        QVERIFY(tasks->isBusy()); // closed without waiting for the key
        QTRY_VERIFY_WITH_TIMEOUT(!tasks->isBusy(), 120000);
        QCOMPARE(secretCert(QStringLiteral("site-b-tls")), before);
    }
};

QTEST_MAIN(TestClusterCertificatesView)
#include "tst_clustercertificatesview.moc"
