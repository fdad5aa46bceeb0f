// The path a new user takes with scripts/run.sh, as a test on the build it runs under (issue 10:
// it runs on the release preset in CI too): the main window on the local control plane with the
// demo federation, every tab opened, a log tab streaming, a certificate with e-mail and URI SANs
// issued through the Issue dialog, and the federation wizard run to the end.

#include "../common/GuiTestUtil.h"
#include "../../integration/common/LocalCluster.h"

#include "backend/cluster/Kubeconfig.h"
#include "gui/federation/FederationsPage.h"
#include "gui/logs/LogViewer.h"
#include "gui/main/MainWindow.h"
#include "gui/pki/CertificatesPage.h"
#include "gui/pki/FederationWizard.h"
#include "gui/pki/FederationWorker.h"
#include "gui/pki/IssueCertificateDialog.h"
#include "gui/pki/PassphraseDialog.h"
#include "model/cluster/ResourceFilterProxy.h"
#include "model/federation/FederationModel.h"
#include "model/gpu/GpuModel.h"
#include "model/logs/LogBuffer.h"
#include "model/pki/CaStore.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace fc;
using namespace fc::test;

namespace {


const QByteArray kCaPass = "smoke passphrase";

} // namespace

class TestSmoke : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    void saveShot(const QString &name)
    {
        const QString shots = qEnvironmentVariable("FEDCONSOLE_SCREENSHOT_DIR");
        if (shots.isEmpty())
            return;
        QDir().mkpath(shots);
        QVERIFY(m_window->grab().save(shots + QLatin1Char('/') + name));
    }

    void answerPassphrase(QWidget *owner)
    {
        PassphraseDialog *pd = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((pd = [&]() -> PassphraseDialog * {
                                      for (PassphraseDialog *d : owner->window()->findChildren<PassphraseDialog *>())
                                          if (d->isVisible())
                                              return d;
                                      return nullptr;
                                  }()) != nullptr,
                                 60000);
        child<QLineEdit>(pd, "passphraseLineEdit")->setText(QString::fromUtf8(kCaPass));
        QTest::mouseClick(child<QPushButton>(pd, "okButton"), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        FC_REQUIRE_LOCAL_CLUSTER();
        const auto seeded = run(sourceDir() + QStringLiteral("/scripts/demo-federation.sh"), {QStringLiteral("--wait")}, {}, 300000);
        QVERIFY2(seeded.exitCode == 0, seeded.err.constData());
        // the store the Certificates page opens, with one CA in it
        const QString pki = m_dir.filePath(QStringLiteral("pki"));
        CaStore store(pki);
        pki::CaRequest req;
        req.subject.commonName = QStringLiteral("Smoke Root");
        req.keyType = pki::KeyType::EcP256;
        QVERIFY(store.createRoot(QStringLiteral("smoke"), req, kCaPass).ok());
        qputenv("FEDCONSOLE_PKI_DIR", pki.toUtf8());
    }

    void windowComesUpOnTheCluster()
    {
        auto *settings = new QSettings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat, this);
        m_window = std::make_unique<MainWindow>(Kubeconfig::load({kubeconfigPath()}), settings);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto *state = child<QLabel>(m_window.get(), "connectionStateLabel");
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("connected"), Qt::CaseInsensitive), 30000);
        // A new user's first screen shows something: the kubeconfig says namespace "default" (where
        // the demo has nothing), yet the table opens on all namespaces with the demo's pods …
        auto *namespaces = child<QComboBox>(m_window.get(), "namespaceComboBox");
        QCOMPARE(m_window->proxy()->namespaceFilter(), QString());
        QCOMPARE(namespaces->currentData().toString(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->proxy()->rowCount() >= 10, 30000); // the demo's pods
        // … and turns to the Federations overview once the demo's federations are recognised
        auto *tabs = child<QTabWidget>(m_window.get(), "mainTabWidget");
        QTRY_COMPARE_WITH_TIMEOUT(tabs->currentWidget(), static_cast<QWidget *>(m_window->federationsPage()), 60000);
        saveShot(QStringLiteral("smoke-first-screen.png"));
        m_window->showPage(0);
    }

    void everyTabOpens()
    {
        auto *tabs = child<QTabWidget>(m_window.get(), "mainTabWidget");
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(200);
            QVERIFY(tabs->currentWidget()->isVisible());
        }
        m_window->showPage(1);
        FederationModel *fm = m_window->federationsPage()->federationModel();
        QTRY_VERIFY_WITH_TIMEOUT(fm->rowCount() >= 3, 60000); // FLARE, OpenFL, FATE
        saveShot(QStringLiteral("smoke-federations.png"));
        m_window->showPage(2);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->federationsPage()->gpuModel()->rowCount() > 0, 30000);
        m_window->showPage(3);
        // the Certificates tab gets an "In cluster" view of the current context
        QTRY_VERIFY_WITH_TIMEOUT(m_window->certificatesPage()->tabs()->count() >= 2, 10000);
    }

    void logTabStreams()
    {
        m_window->showPage(0);
        auto *table = child<QTableView>(m_window.get(), "resourceTableView");
        child<QLineEdit>(m_window.get(), "filterLineEdit")->setText(QStringLiteral("server1"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->proxy()->rowCount() >= 1, 10000);
        table->selectRow(0);
        LogViewer *viewer = m_window->openLogsForSelection();
        QVERIFY(viewer);
        QTRY_VERIFY_WITH_TIMEOUT(viewer->buffer()->size() > 0, 60000); // the demo writes logs
        saveShot(QStringLiteral("smoke-logs.png"));
        child<QLineEdit>(m_window.get(), "filterLineEdit")->clear();
    }

    void issueWithEmailAndUriSans()
    {
        m_window->showPage(3);
        CertificatesPage *page = m_window->certificatesPage();
        IssueCertificateDialog *d = page->issueCertificate();
        QVERIFY(QTest::qWaitForWindowExposed(d));
        auto *ca = child<QComboBox>(d, "caComboBox");
        ca->setCurrentIndex(ca->findData(QStringLiteral("smoke")));
        child<QLineEdit>(d, "cnLineEdit")->setText(QStringLiteral("site-1.fl.example"));
        child<QLineEdit>(d, "sansLineEdit")->setText(QStringLiteral("site-1.fl.example, ops@hospital.example, spiffe://fl.example/ns/site-1"));
        const QString out = m_dir.filePath(QStringLiteral("issued"));
        child<QLineEdit>(d, "outputDirLineEdit")->setText(out);
        QTest::mouseClick(child<QPushButton>(d, "okButton"), Qt::LeftButton);
        answerPassphrase(d);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(d, "resultLabel")->isVisible(), 60000);
        const QStringList crts = QDir(out).entryList({QStringLiteral("*.crt"), QStringLiteral("*.pem")}, QDir::Files);
        QVERIFY2(!crts.isEmpty(), qPrintable(QDir(out).entryList().join(u' ')));
        QString leaf;
        for (const QString &f : crts)
            if (!f.contains(u"ca", Qt::CaseInsensitive))
                leaf = out + QLatin1Char('/') + f;
        QVERIFY2(!leaf.isEmpty(), qPrintable(crts.join(u' ')));
        const ProcResult text = run(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-in"), leaf, QStringLiteral("-noout"),
                                                                QStringLiteral("-ext"), QStringLiteral("subjectAltName")});
        QVERIFY2(text.out.contains("email:ops@hospital.example") && text.out.contains("URI:spiffe://fl.example/ns/site-1")
                     && text.out.contains("DNS:site-1.fl.example"),
                 text.out.constData());
        d->close();
    }

    void federationWizardRunsToTheEnd()
    {
        FederationWizard *w = m_window->certificatesPage()->federationWizard();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        w->setFramework(FederationFramework::OpenFl);
        child<QLineEdit>(w, "projectLineEdit")->setText(QStringLiteral("smoke-openfl"));
        child<QLineEdit>(w, "domainLineEdit")->setText(QStringLiteral("fl.example"));
        child<QLineEdit>(w, "caPassphraseLineEdit")->setText(QStringLiteral("wizard-secret"));
        child<QLineEdit>(w, "caConfirmLineEdit")->setText(QStringLiteral("wizard-secret"));
        const QString out = m_dir.filePath(QStringLiteral("wizard"));
        child<QLineEdit>(w, "outputDirLineEdit")->setText(out);
        w->setParties({
            {QStringLiteral("director.fl.example"), QStringLiteral("director"), QStringLiteral("lab"), {}},
            {QStringLiteral("envoy-1"), QStringLiteral("envoy"), QStringLiteral("hospital-a"), {}},
            {QStringLiteral("envoy-2"), QStringLiteral("envoy"), QStringLiteral("hospital-b"), {}},
        });
        QSignalSpy finished(w, &FederationWizard::generationFinished);
        QTest::mouseClick(child<QPushButton>(w, "generateButton"), Qt::LeftButton);
        auto *error = child<QLabel>(w, "errorLabel");
        QVERIFY2(w->isRunning(), qPrintable(error->text())); // refused input says why
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 240000);
        QVERIFY2(finished.first().at(0).toInt() == int(FederationWorker::Succeeded), qPrintable(finished.first().at(1).toString()));
        QVERIFY2(CaStore(qEnvironmentVariable("FEDCONSOLE_PKI_DIR")).contains(w->plan().caName), qPrintable(w->plan().caName));
        QVERIFY(!QDir(out).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
        w->close();
    }

    void secondStartOpensOnTheLastView()
    {
        // the user looks at one namespace's pods on the Helm releases page, quits, starts again
        m_window->switchNamespace(QStringLiteral("flare"));
        m_window->showPage(3);
        m_window->close();
        m_window.reset();
        auto *settings = new QSettings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat, this);
        m_window = std::make_unique<MainWindow>(Kubeconfig::load({kubeconfigPath()}), settings);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto *tabs = child<QTabWidget>(m_window.get(), "mainTabWidget");
        QCOMPARE(tabs->currentIndex(), 3);
        QCOMPARE(m_window->proxy()->namespaceFilter(), QStringLiteral("flare"));
        QCOMPARE(child<QComboBox>(m_window.get(), "namespaceComboBox")->currentData().toString(), QStringLiteral("flare"));
        // no jump to Federations for a returning user, even when federations are recognised
        QTRY_VERIFY_WITH_TIMEOUT(m_window->federationsPage()->federationModel()->rowCount() >= 3, 60000);
        QTest::qWait(300);
        QCOMPARE(tabs->currentIndex(), 3);
    }

    void cleanupTestCase()
    {
        if (m_window)
            m_window->close();
        m_window.reset();
        qunsetenv("FEDCONSOLE_PKI_DIR");
    }
};

QTEST_MAIN(TestSmoke)
#include "tst_smoke.moc"
