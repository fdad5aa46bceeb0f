// Expiry watch, under Xvfb in a private D-Bus session: a CA of the local store that expires within
// the warning window puts a count, a warning icon and the list on the Certificates tab and sends
// one desktop notification a day (received here by a stand-in org.freedesktop.Notifications on
// the session bus); the warning-days preference moves the window; a cluster's secrets count too.
#include "backend/pki/Clock.h"
#include "gui/main/MainWindow.h"
#include "gui/pki/CertificatesPage.h"
#include "model/app/Preferences.h"
#include "model/pki/CaStore.h"
#include "model/pki/CertificateInventory.h"
#include "model/pki/ClusterCertificateModel.h"
#include "model/pki/ExpiryWatch.h"
#include "tests/gui/common/GuiTestUtil.h"

#include "gui/app/WelcomePage.h"

#include <QCommandLinkButton>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;

/// A stand-in notification daemon: records what it is sent.
class FakeNotifications : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QStringList summaries;
public Q_SLOTS:
    uint Notify(const QString &, uint, const QString &, const QString &summary, const QString &, const QStringList &,
                const QVariantMap &, int)
    {
        summaries << summary;
        return uint(summaries.size());
    }
};

class TstExpiryWatch : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FakeNotifications m_daemon;

private Q_SLOTS:
    void initTestCase()
    {
        // the daemon on a connection of its own, so the app's call really crosses the bus
        QDBusConnection daemonBus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-notifications"));
        QVERIFY2(daemonBus.isConnected(), "no D-Bus session bus: run under dbus-run-session (apt-get install dbus)");
        QVERIFY(daemonBus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &m_daemon, QDBusConnection::ExportAllSlots));
        QVERIFY(daemonBus.registerService(QStringLiteral("org.freedesktop.Notifications")));
        const QString pki = m_dir.filePath(QStringLiteral("pki"));
        qputenv("FEDCONSOLE_PKI_DIR", pki.toUtf8());
        qputenv("FEDCONSOLE_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toUtf8());
        CaStore store(pki);
        pki::CaRequest soon;
        soon.subject.commonName = QStringLiteral("Hospital A CA");
        soon.keyType = pki::KeyType::EcP256;
        soon.validityDays = 10;
        QVERIFY(store.createRoot(QStringLiteral("soon"), soon, QByteArrayLiteral("pass-phrase-1")).ok());
        pki::CaRequest later = soon;
        later.subject.commonName = QStringLiteral("Long-lived CA");
        later.validityDays = 365;
        QVERIFY(store.createRoot(QStringLiteral("later"), later, QByteArrayLiteral("pass-phrase-2")).ok());
    }

    void badgeAndOneNotificationADay()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        MainWindow window(Kubeconfig::load({m_dir.filePath(QStringLiteral("none"))}), &settings);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *pages = fc::test::child<QTabWidget>(&window, "mainTabWidget");
        const int tab = pages->indexOf(window.certificatesPage());
        QTRY_COMPARE(pages->tabText(tab), QStringLiteral("Cer&tificates (1)"));
        QVERIFY(!pages->tabIcon(tab).isNull());
        QVERIFY2(pages->tabToolTip(tab).contains(QLatin1String("Hospital A CA (local store) expires on")), qPrintable(pages->tabToolTip(tab)));
        QVERIFY(!pages->tabToolTip(tab).contains(QLatin1String("Long-lived")));
        QTRY_COMPARE(m_daemon.summaries.size(), 1);
        QCOMPARE(m_daemon.summaries.first(), QStringLiteral("1 certificate(s) expire within 30 days"));
        QTRY_COMPARE(window.lastExpiryNotification(), m_daemon.summaries.first()); // the daemon answered
        QCOMPARE(settings.value(QStringLiteral("notifications/expiryDate")).toString(), QDate::currentDate().toString(Qt::ISODate));

        // checked again (hourly, or after a change): the badge stays, no second notification today
        window.checkCertificateExpiry();
        QTest::qWait(300);
        QCOMPARE(m_daemon.summaries.size(), 1);

        // a wider window (preference) takes in the long-lived CA too; still one notification today
        Preferences p = window.preferences();
        p.certificateWarningDays = 400;
        window.applyPreferences(p);
        QTRY_COMPARE(pages->tabText(tab), QStringLiteral("Cer&tificates (2)"));
        // a new day: one more
        settings.setValue(QStringLiteral("notifications/expiryDate"), QDate::currentDate().addDays(-1).toString(Qt::ISODate));
        window.checkCertificateExpiry();
        QTRY_COMPARE(m_daemon.summaries.size(), 2);
        QCOMPARE(m_daemon.summaries.last(), QStringLiteral("2 certificate(s) expire within 400 days"));
        // without a cluster the welcome page leads to the certificates (the local PKI needs none)
        QTest::mouseClick(fc::test::child<QCommandLinkButton>(window.welcomePage(), "certificatesLinkButton"), Qt::LeftButton);
        QTRY_VERIFY(window.certificatesPage()->isVisible());
        FC_SCREENSHOT(&window, QStringLiteral("expiry-badge.png"));
        // nothing to say: no badge
        p.certificateWarningDays = 1;
        window.applyPreferences(p);
        QTRY_COMPARE(pages->tabText(tab), QStringLiteral("Cer&tificates"));
        QVERIFY(pages->tabIcon(tab).isNull());
    }

    void clusterSecretsCount()
    {
        // rows of a cluster's secrets (as the cluster view reads them), one expired, one fine
        pki::FixedClock clock(QDateTime::currentDateTimeUtc());
        ClusterCertificateModel model(nullptr, clock);
        const QByteArray pem = CaStore(qEnvironmentVariable("FEDCONSOLE_PKI_DIR")).caCertificates().first().toPem();
        ClusterCertificateEntry e;
        e.namespace_ = QStringLiteral("fate-9999");
        e.secretName = QStringLiteral("eggroll-certs");
        e.key = QStringLiteral("tls.crt");
        e.certificate = pki::Certificate::fromPem(pem).value();
        e.info = e.certificate.info();
        model.setEntries({e});
        clock.advanceDays(3650); // long after both CAs ended
        ExpirySummary s = summarize(model, QStringLiteral("partner"));
        QCOMPARE(s.expired, 1);
        QCOMPARE(s.expiring, 0);
        QVERIFY2(s.items.first().startsWith(QLatin1String("fate-9999/eggroll-certs tls.crt (cluster partner) expired on")), qPrintable(s.items.first()));
        QVERIFY(notificationDue(s, QDate(2026, 12, 7), QDate(2026, 12, 6)));
        QVERIFY(!notificationDue(s, QDate(2026, 12, 7), QDate(2026, 12, 7)));
        QVERIFY(!notificationDue(ExpirySummary{}, QDate(2026, 12, 7), QDate()));
    }
};

QTEST_MAIN(TstExpiryWatch)
#include "tst_expirywatch.moc"
