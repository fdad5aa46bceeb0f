// The main window on the real local control plane, driven through its named widgets:
// switch context, switch namespace, filter, select a pod, read its details.

#include "../../integration/common/LocalCluster.h"

#include "gui/cluster/DetailsPane.h"
#include "gui/federation/FederationsPage.h"
#include "gui/federation/GroupDialog.h"
#include "model/federation/FederationModel.h"
#include "backend/cluster/ObjectParser.h"
#include "gui/main/MainWindow.h"
#include "gui/pki/CertificatesPage.h"
#include "gui/pki/ClusterCertificatesView.h"
#include "gui/pki/SecretDeployDialog.h"
#include "backend/pki/CertificateAuthority.h"
#include "model/pki/ClusterCertificateModel.h"
#include "model/pki/ExpiryWatch.h"
#include "model/cluster/ResourceFilterProxy.h"
#include "model/cluster/ResourceTableModel.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>

using namespace fc;
using namespace fc::test;

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_ns = QStringLiteral("gui-demo");

    struct RootAndLeaf {
        pki::CertificateAuthority ca;
        pki::IssuedCertificate leaf;
    };
    /// A new root CA and a leaf for `name` (its DNS SAN too) valid for `days`, issued by it.
    static Result<RootAndLeaf> rootAndLeaf(const QString &caName, const QString &name, int days = 365)
    {
        pki::CaRequest caRequest;
        caRequest.subject.commonName = caName;
        auto ca = pki::CertificateAuthority::createRoot(caRequest);
        if (!ca)
            return ca.error();
        pki::LeafRequest leaf;
        leaf.subject.commonName = name;
        leaf.sans.dns = {name};
        leaf.validityDays = days;
        auto issued = ca.value().issue(leaf);
        if (!issued)
            return issued.error();
        return RootAndLeaf{std::move(ca).value(), std::move(issued).value()};
    }

    static void selectCombo(QComboBox *combo, const QString &data)
    {
        const int i = combo->findData(data);
        QVERIFY2(i >= 0, qPrintable(QStringLiteral("no item %1 in %2").arg(data, combo->objectName())));
        combo->setCurrentIndex(i);
        Q_EMIT combo->activated(i);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        FC_REQUIRE_LOCAL_CLUSTER();
        QVERIFY2(createNamespace(m_ns), "namespace without a default ServiceAccount after 60 s");
        for (const QString &name : {QStringLiteral("flare-server-0"), QStringLiteral("flare-site-1"), QStringLiteral("openfl-envoy-1")}) {
            const QByteArray pod = QStringLiteral(R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"%1","namespace":"%2",
              "labels":{"app":"%3","fedconsole.io/party":"%1"},"annotations":{"fedconsole.io/note":"demo"}},
              "spec":{"containers":[{"name":"main","image":"nvflare/nvflare:2.5.0"}]}})")
                                       .arg(name, m_ns, name.section(u'-', 0, 0))
                                       .toUtf8();
            FC_KUBECTL({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, pod);
        }
    }

    void browse()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        const Kubeconfig kc = Kubeconfig::load({kubeconfigPath()});
        MainWindow window(kc, &settings);
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *contexts = window.findChild<QComboBox *>(QStringLiteral("contextComboBox"));
        auto *namespaces = window.findChild<QComboBox *>(QStringLiteral("namespaceComboBox"));
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("resourceTableView"));
        auto *state = window.findChild<QLabel *>(QStringLiteral("connectionStateLabel"));
        auto *kinds = window.findChild<QListWidget *>(QStringLiteral("kindListWidget"));
        QVERIFY(contexts && namespaces && filter && table && state && kinds);
        QCOMPARE(contexts->count(), 2);

        // token user first, then back to the admin context
        selectCombo(contexts, QStringLiteral("fedconsole-local-token"));
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("connected")), 30000);
        QCOMPARE(window.currentInformer()->cluster(), QStringLiteral("fedconsole-local-token"));
        selectCombo(contexts, QStringLiteral("fedconsole-local"));
        QCOMPARE(window.currentInformer()->cluster(), QStringLiteral("fedconsole-local"));
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("connected")), 30000);

        kinds->setCurrentRow(int(allKinds().indexOf(Kind::Pod)));
        QTRY_VERIFY_WITH_TIMEOUT(namespaces->findData(m_ns) >= 0, 30000);
        selectCombo(namespaces, m_ns);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->index(0, 3).data().toString(), QStringLiteral("Running"), 60000);

        QTest::keyClicks(filter, QStringLiteral("flare"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 5000);
        table->selectRow(0);
        const QString name = table->model()->index(0, 1).data().toString();
        QCOMPARE(name, QStringLiteral("flare-server-0")); // sorted by name
        DetailsPane *details = window.detailsPane();
        QTRY_VERIFY_WITH_TIMEOUT(details->detailsText().contains(QStringLiteral("Pod flare-server-0")), 5000);
        QVERIFY(details->detailsText().contains(QStringLiteral("fedconsole.io/party")));
        QTRY_VERIFY_WITH_TIMEOUT(details->yamlText().contains(QStringLiteral("kind: Pod")), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(details->detailsText().contains(QStringLiteral("fedconsole.io/note")), 5000);

        // logs of the selected pod open in a tab of their own
        auto *pages = window.findChild<QTabWidget *>(QStringLiteral("mainTabWidget"));
        QVERIFY(pages);
        const int before = pages->count();
        QVERIFY(window.openLogsForSelection() != nullptr);
        QCOMPARE(pages->count(), before + 1);
        QVERIFY2(pages->tabText(pages->currentIndex()).contains(QStringLiteral("flare-server-0")),
                 qPrintable(pages->tabText(pages->currentIndex())));
        Q_EMIT pages->tabCloseRequested(pages->currentIndex());
        QCOMPARE(pages->count(), before);
        pages->setCurrentIndex(0);

        // group the selected pod into a federation of our own through the dialog
        {
            GroupDialog *dialog = window.groupSelection();
            QVERIFY(dialog);
            // a name of this run: the patch carries changed labels only, and a reused cluster may have the last run's
            const QString fed = QStringLiteral("gui-test-fed-%1").arg(QDateTime::currentMSecsSinceEpoch() % 100000);
            dialog->findChild<QLineEdit *>(QStringLiteral("federationLineEdit"))->setText(fed);
            dialog->findChild<QComboBox *>(QStringLiteral("roleComboBox"))->setCurrentText(QStringLiteral("server"));
            QVERIFY2(dialog->patch().contains(QStringLiteral("\"fedconsole.io/federation\": \"%1\"").arg(fed).toUtf8()), dialog->patch().constData());
            QVERIFY(dialog->patch().contains("resourceVersion"));
            if (const QString shots = qEnvironmentVariable("FEDCONSOLE_SCREENSHOT_DIR"); !shots.isEmpty()) {
                dialog->show();
                QVERIFY(QTest::qWaitForWindowExposed(dialog));
                QVERIFY(dialog->grab().save(shots + QStringLiteral("/group-dialog.png")));
            }
            QSignalSpy applied(dialog, &GroupDialog::applied);
            dialog->accept();
            QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, 30000);
            const auto labels = kubectl({QStringLiteral("get"), QStringLiteral("pod"), QStringLiteral("-n"), m_ns, QStringLiteral("flare-server-0"),
                                         QStringLiteral("-o"), QStringLiteral("jsonpath={.metadata.labels}")});
            QVERIFY2(labels.out.contains(fed.toUtf8()), labels.out.constData());
            FederationModel *fm = window.federationsPage()->federationModel();
            QTRY_VERIFY_WITH_TIMEOUT(std::any_of(fm->federations().cbegin(), fm->federations().cend(),
                                                 [&](const Federation &f) { return f.name == fed; }),
                                     30000);
        }

        // a bad selector is reported inline, the table keeps the last good one
        auto *selector = window.findChild<QLineEdit *>(QStringLiteral("selectorLineEdit"));
        auto *selectorError = window.findChild<QLabel *>(QStringLiteral("selectorErrorLabel"));
        QTest::keyClicks(selector, QStringLiteral("app in (flare"));
        QVERIFY(!selectorError->text().isEmpty());
        selector->clear();
        QVERIFY(selectorError->text().isEmpty());

        const QString shots = qEnvironmentVariable("FEDCONSOLE_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            filter->clear();
            QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 5000);
            table->selectRow(0);
            QTest::qWait(500);
            QVERIFY(window.grab().save(shots + QStringLiteral("/main-window.png")));
        }
        window.close();
        QCOMPARE(settings.value(QStringLiteral("session/context")).toString(), QStringLiteral("fedconsole-local"));
        QVERIFY(!settings.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
    }

    // The Certificates tab gets the current cluster's certificate secrets, and "Deploy to Secret"
    // from the local PKI writes into the current context.
    // kinds come from discovery: a CRD's objects are listed, shown and read like any other kind
    // (issue 11); the kind is saved by name and comes back after a restart
    void customKindsFromDiscovery()
    {
        FC_KUBECTL({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral(FC_INTEGRATION_FIXTURES "/federation-crd.json")});
        FC_KUBECTL({QStringLiteral("wait"), QStringLiteral("--for=condition=Established"), QStringLiteral("crd/federations.fl.fedconsole.test"),
                    QStringLiteral("--timeout=60s")});
        FC_KUBECTL({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")},
                   QStringLiteral(R"({"apiVersion":"fl.fedconsole.test/v1alpha1","kind":"Federation","metadata":{"name":"cancer-research","namespace":"%1"},
                                   "spec":{"framework":"flare","sites":2}})").arg(m_ns).toUtf8());
        const QString id = QStringLiteral("federations.fl.fedconsole.test");
        QSettings settings(m_dir.filePath(QStringLiteral("kinds.ini")), QSettings::IniFormat);
        {
            MainWindow window(Kubeconfig::load({kubeconfigPath()}), &settings);
            window.resize(1400, 860);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *kinds = window.findChild<QListWidget *>(QStringLiteral("kindListWidget"));
            auto findRow = [&] {
                for (int row = 0; row < kinds->count(); ++row)
                    if (kinds->item(row)->data(Qt::UserRole).toString() == id)
                        return row;
                return -1;
            };
            QTRY_VERIFY_WITH_TIMEOUT(findRow() >= 0, 30000);
            QCOMPARE(kinds->item(findRow())->text(), QStringLiteral("Federation (fl.fedconsole.test)"));
            kinds->setCurrentRow(findRow());
            window.switchNamespace(m_ns);
            auto *table = window.findChild<QTableView *>(QStringLiteral("resourceTableView"));
            QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 30000);
            QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("NAMESPACE"));
            QVERIFY(table->isColumnHidden(0));
            QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("cancer-research"));
            auto *count = window.findChild<QLabel *>(QStringLiteral("rowCountLabel"));
            QTRY_COMPARE_WITH_TIMEOUT(count->text(), QStringLiteral("1 of 1 federations"), 5000);
            table->selectRow(0);
            QTRY_VERIFY_WITH_TIMEOUT(window.detailsPane()->yamlText().contains(QStringLiteral("kind: Federation")), 30000);
            QVERIFY(window.detailsPane()->yamlText().contains(QStringLiteral("sites: 2")));
            if (const QString shots = qEnvironmentVariable("FEDCONSOLE_SCREENSHOT_DIR"); !shots.isEmpty())
                QVERIFY(window.grab().save(shots + QStringLiteral("/custom-kinds.png")));
            window.close(); // saves the kind by name
        }
        QCOMPARE(settings.value(QStringLiteral("session/kind")).toString(), id);
        MainWindow again(Kubeconfig::load({kubeconfigPath()}), &settings);
        QTRY_VERIFY_WITH_TIMEOUT(again.proxy()->sourceModel()->rowCount() == 1 || again.proxy()->rowCount() == 1, 30000);
        auto *kinds = again.findChild<QListWidget *>(QStringLiteral("kindListWidget"));
        QTRY_COMPARE_WITH_TIMEOUT(kinds->currentItem() ? kinds->currentItem()->data(Qt::UserRole).toString() : QString(), id, 30000);
    }

    // a kind the user may not list says so above the empty table, instead of an empty table
    void forbiddenKindSaysWhy()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("forbidden.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("session/context"), QStringLiteral("fedconsole-local-token"));
        MainWindow window(Kubeconfig::load({kubeconfigPath()}), &settings);
        window.resize(1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.switchKind(Kind::Secret); // the view ClusterRole reads no Secrets
        auto *error = window.findChild<QLabel *>(QStringLiteral("listErrorLabel"));
        QVERIFY(error);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && error->text().contains(QStringLiteral("forbidden")), 30000);
        QVERIFY2(error->text().contains(QStringLiteral("Cannot list secrets")), qPrintable(error->text()));
        if (const QString shots = qEnvironmentVariable("FEDCONSOLE_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(window.grab().save(shots + QStringLiteral("/forbidden-kind.png")));
        window.switchKind(Kind::Pod); // pods may be read: the message goes
        QVERIFY(!error->isVisible());
    }

    void certificatesTab()
    {
        QTemporaryDir pki;
        qputenv("FEDCONSOLE_PKI_DIR", pki.path().toUtf8());
        auto made = rootAndLeaf(QStringLiteral("mw-root"), QStringLiteral("server1"));
        if (!made)
            QFAIL(qPrintable(made.error().toString()));
        const pki::CertificateAuthority &ca = made.value().ca;
        const pki::IssuedCertificate &issued = made.value().leaf;
        auto keyPem = issued.key.toPem();
        QVERIFY(keyPem);

        QSettings settings(m_dir.filePath(QStringLiteral("settings-certs.ini")), QSettings::IniFormat);
        const Kubeconfig kc = Kubeconfig::load({kubeconfigPath()});
        MainWindow window(kc, &settings);
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        selectCombo(window.findChild<QComboBox *>(QStringLiteral("contextComboBox")), QStringLiteral("fedconsole-local"));
        auto *pages = window.findChild<QTabWidget *>(QStringLiteral("mainTabWidget"));
        QVERIFY(pages);
        // created with the context, not when the page is first shown: the expiry watch covers the
        // cluster's certificate secrets from the start
        QTRY_VERIFY(window.findChild<ClusterCertificatesView *>());
        pages->setCurrentWidget(window.certificatesPage());
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("rowCountLabel"))->isVisible()); // resources only
        auto *view = window.findChild<ClusterCertificatesView *>();
        QTabWidget *tabs = window.certificatesPage()->tabs();
        QCOMPARE(tabs->tabText(tabs->indexOf(view)), QStringLiteral("In cluster fedconsole-local"));

        // deploy from the page: the dialog opens on the current context with the chain's root as CA
        QByteArray chainPem;
        for (const pki::Certificate &c : issued.chain)
            chainPem += c.toPem();
        Q_EMIT window.certificatesPage()->deployRequested(issued.certificate.toPem(), keyPem.value(), chainPem);
        QTRY_VERIFY(window.findChild<SecretDeployDialog *>());
        auto *dialog = window.findChild<SecretDeployDialog *>();
        QCOMPARE(dialog->spec().material.caPem, ca.certificate().toPem());
        dialog->setNamespace(m_ns);
        dialog->setSecretName(QStringLiteral("server1-tls"));
        QSignalSpy applied(dialog, &SecretDeployDialog::applied);
        dialog->apply();
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 30000);
        const auto crt = kubectl({QStringLiteral("get"), QStringLiteral("secret"), QStringLiteral("-n"), m_ns,
                                  QStringLiteral("server1-tls"), QStringLiteral("-o"),
                                  QStringLiteral("jsonpath={.data.tls\\.crt}")});
        QVERIFY2(crt.exitCode == 0, crt.err.constData());
        QCOMPARE(QByteArray::fromBase64(crt.out), issued.certificate.toPem());

        // the cluster view refreshes after the write and lists the new secret
        const auto hasSecret = [view] {
            ClusterCertificateModel *m = view->model();
            for (int r = 0; r < m->rowCount(); ++r)
                if (m->index(r, ClusterCertificateModel::SecretColumn).data().toString() == QLatin1String("server1-tls"))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(hasSecret(), 30000);
        qunsetenv("FEDCONSOLE_PKI_DIR");
    }

    void expiryWatchKeepsOtherOpenClusters()
    {
        // a certificate secret expiring in 5 days, seen as the admin; then the window switches to a
        // second context whose user may not read secrets: the badge keeps counting the first
        // cluster's certificate (its connection stays open), named with its context
        QTemporaryDir pki;
        qputenv("FEDCONSOLE_PKI_DIR", pki.path().toUtf8()); // an empty local store: only the cluster's certificate counts
        auto made = rootAndLeaf(QStringLiteral("expiry-root"), QStringLiteral("soon"), 5);
        if (!made)
            QFAIL(qPrintable(made.error().toString()));
        const pki::IssuedCertificate &issued = made.value().leaf;
        const auto keyPem = issued.key.toPem();
        QVERIFY(keyPem);
        const QString crtFile = m_dir.filePath(QStringLiteral("soon.crt")), keyFile = m_dir.filePath(QStringLiteral("soon.key"));
        for (const auto &[path, data] : {std::pair{crtFile, issued.certificate.toPem()}, std::pair{keyFile, keyPem.value()}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        }
        FC_KUBECTL({QStringLiteral("delete"), QStringLiteral("secret"), QStringLiteral("soon-tls"), QStringLiteral("-n"), m_ns,
                    QStringLiteral("--ignore-not-found")}); // a rerun on the same cluster
        FC_KUBECTL({QStringLiteral("create"), QStringLiteral("secret"), QStringLiteral("tls"), QStringLiteral("soon-tls"),
                    QStringLiteral("-n"), m_ns, QStringLiteral("--cert"), crtFile, QStringLiteral("--key"), keyFile});
        QFile::remove(keyFile);
        QString why;
        const QString limitedPath = m_dir.filePath(QStringLiteral("no-secrets.kubeconfig"));
        const QString limited = limitedUserKubeconfig(QStringLiteral("no-secrets"), limitedPath, m_ns, &why);
        QVERIFY2(!limited.isEmpty(), qPrintable(why));

        QSettings settings(m_dir.filePath(QStringLiteral("settings-expiry.ini")), QSettings::IniFormat);
        MainWindow window(Kubeconfig::load({kubeconfigPath(), limitedPath}), &settings);
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *combo = window.findChild<QComboBox *>(QStringLiteral("contextComboBox"));
        selectCombo(combo, QStringLiteral("fedconsole-local"));
        auto *pages = window.findChild<QTabWidget *>(QStringLiteral("mainTabWidget"));
        const int tab = pages->indexOf(window.certificatesPage());
        const QString item = QStringLiteral("%1/soon-tls tls.crt (cluster fedconsole-local) expires on").arg(m_ns);
        QTRY_VERIFY_WITH_TIMEOUT(pages->tabToolTip(tab).contains(item), 60000);
        QVERIFY2(pages->tabText(tab).startsWith(QLatin1String("Cer&tificates (")), qPrintable(pages->tabText(tab)));
        // (other tests may add certificates to the shared cluster meanwhile: only ours is counted here)
        const auto ours = [&window, item] {
            const QStringList items = window.certificateExpiry().items;
            return int(std::count_if(items.cbegin(), items.cend(), [&item](const QString &i) { return i.startsWith(item); }));
        };
        QCOMPARE(ours(), 1);

        selectCombo(combo, limited);
        QTRY_COMPARE(window.findChild<ClusterCertificatesView *>()->model()->rowCount(), 0);
        QTest::qWait(1500); // the limited view's refusal and any re-check have come and gone
        QVERIFY2(pages->tabToolTip(tab).contains(item), qPrintable(pages->tabToolTip(tab)));
        QVERIFY2(pages->tabText(tab).startsWith(QLatin1String("Cer&tificates (")), qPrintable(pages->tabText(tab)));
        QVERIFY(!pages->tabIcon(tab).isNull());
        QCOMPARE(ours(), 1);

        // back to the admin: counted once (its view again, no background copy besides it)
        selectCombo(combo, QStringLiteral("fedconsole-local"));
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<ClusterCertificatesView *>()->model()->rowCount() > 0, 60000);
        QTest::qWait(500);
        QCOMPARE(ours(), 1);
        qunsetenv("FEDCONSOLE_PKI_DIR");
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
