// The federation wizard in a real window (Xvfb): a FLARE federation with RSA 4096 keys for the CA
// and every party. While keys are generated the UI thread must keep serving a 10 ms timer (the
// worst gap is measured and printed), the progress bar must advance, Cancel must leave nothing
// behind, and a full run must produce startup kits that `openssl verify` accepts, keys 0600, and
// certificates recorded in the store. Saves $FEDCONSOLE_SCREENSHOT_DIR/cert-wizard.png mid-run.

#include "backend/pki/PrivateKey.h"
#include "gui/pki/CertificatesPage.h"
#include "gui/pki/FederationWizard.h"
#include "model/pki/CaStore.h"
#include "model/pki/CertificateInventory.h"

#include <QComboBox>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <sys/stat.h>

using namespace fc;

namespace {

/// A 10 ms timer on the UI thread; records the longest time between two ticks.
class StallMeter final : public QObject {
public:
    StallMeter()
    {
        m_timer.setInterval(10);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            m_worst = std::max(m_worst, now - m_last);
            m_last = now;
            ++m_ticks;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_worst = 0;
        m_ticks = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    /// The test itself blocked the UI thread (a screenshot): the gap up to now is not the app's.
    void skipGap() { m_last = m_clock.elapsed(); }
    qint64 worstMs() const { return m_worst; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
    int m_ticks = 0;
};

QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

struct Run {
    int exitCode = -1;
    QByteArray out;
};

Run runOpenssl(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    p.waitForFinished(30000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll()};
}

} // namespace

class TestFederationWizard : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_data;
    QTemporaryDir m_out;
    std::unique_ptr<CertificatesPage> m_page;

    template<typename T>
    T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    /// A FLARE federation: server, two sites and admins of each role, RSA 4096 everywhere.
    FederationWizard *openFilledWizard(const QString &project, const QString &outDir)
    {
        FederationWizard *w = m_page->federationWizard();
        w->setFramework(FederationFramework::Flare);
        QLineEdit *projectEdit = child<QLineEdit>(w, "projectLineEdit");
        projectEdit->clear();
        QTest::keyClicks(projectEdit, project);
        auto *caKey = child<QComboBox>(w, "caKeyTypeComboBox");
        caKey->setCurrentIndex(caKey->findData(int(pki::KeyType::Rsa4096)));
        auto *partyKey = child<QComboBox>(w, "keyTypeComboBox");
        partyKey->setCurrentIndex(partyKey->findData(int(pki::KeyType::Rsa4096)));
        child<QLineEdit>(w, "caPassphraseLineEdit")->setText(QStringLiteral("wizard-secret"));
        child<QLineEdit>(w, "caConfirmLineEdit")->setText(QStringLiteral("wizard-secret"));
        child<QLineEdit>(w, "outputDirLineEdit")->setText(outDir);
        w->setParties({
            {QStringLiteral("flare.example.org"), QStringLiteral("server"), QStringLiteral("nvidia"), {QStringLiteral("flare"), QStringLiteral("10.1.2.3")}},
            {QStringLiteral("site-1"), QStringLiteral("client"), QStringLiteral("hospital-a"), {}},
            {QStringLiteral("site-2"), QStringLiteral("client"), QStringLiteral("hospital-b"), {}},
            {QStringLiteral("admin@example.org"), QStringLiteral("project_admin"), QStringLiteral("nvidia"), {}},
            {QStringLiteral("lead@hospital-a.org"), QStringLiteral("lead"), QStringLiteral("hospital-a"), {}},
        });
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_data.isValid() && m_out.isValid());
        m_page = std::make_unique<CertificatesPage>(m_data.path());
        m_page->resize(1300, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void invalidInputStaysAndIsExplained()
    {
        const QString out = m_out.filePath(QStringLiteral("invalid"));
        FederationWizard *w = openFilledWizard(QStringLiteral("bad-project"), out);
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QList<FederationParty> parties = w->parties();
        parties[0].sans = {QStringLiteral("under_score!")};
        w->setParties(parties);
        QTest::mouseClick(child<QPushButton>(w, "generateButton"), Qt::LeftButton);
        auto *error = child<QLabel>(w, "errorLabel");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("under_score!")), qPrintable(error->text()));
        QVERIFY(!w->isRunning());
        QCOMPARE(child<QLineEdit>(w, "projectLineEdit")->text(), QStringLiteral("bad-project")); // input kept
        QVERIFY(!QFileInfo::exists(out));
        w->close();
    }

    void cancelMidRunLeavesNothing()
    {
        const QString out = m_out.filePath(QStringLiteral("cancelled"));
        FederationWizard *w = openFilledWizard(QStringLiteral("cancelled-project"), out);
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QSignalSpy finished(w, &FederationWizard::generationFinished);
        auto *bar = child<QProgressBar>(w, "progressBar");
        StallMeter meter;
        meter.start();
        QTest::mouseClick(child<QPushButton>(w, "generateButton"), Qt::LeftButton);
        QVERIFY(w->isRunning());
        // after the CA and at least one party key, cancel
        QTRY_VERIFY_WITH_TIMEOUT(bar->value() >= 2, 300000);
        QTest::mouseClick(child<QPushButton>(w, "cancelGenerationButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        meter.stop();
        QCOMPARE(finished.first().at(0).toInt(), int(FederationWorker::Cancelled));
        QVERIFY(bar->value() < bar->maximum());
        QVERIFY(!w->isRunning());
        qInfo("cancel run: worst UI gap %lld ms over %d ticks", meter.worstMs(), meter.ticks());
        QVERIFY2(!QFileInfo::exists(out) || filesUnder(out).isEmpty(), qPrintable(filesUnder(out).join(u' ')));
        CaStore store(m_data.path());
        QVERIFY(!store.contains(w->plan().caName));
        QVERIFY(store.issued()->isEmpty());
        w->close();
    }

    void fullRunStaysResponsiveAndVerifies()
    {
        const QString out = m_out.filePath(QStringLiteral("flare"));
        FederationWizard *w = openFilledWizard(QStringLiteral("cancer-research"), out);
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QSignalSpy finished(w, &FederationWizard::generationFinished);
        QList<int> progressSeen;
        connect(w, &FederationWizard::progressChanged, this, [&](int done, int, const QString &) { progressSeen << done; });
        auto *bar = child<QProgressBar>(w, "progressBar");
        StallMeter meter;
        QElapsedTimer elapsed;
        elapsed.start();
        meter.start();
        QTest::mouseClick(child<QPushButton>(w, "generateButton"), Qt::LeftButton);
        QCOMPARE(bar->maximum(), 6); // CA + 5 parties
        bool shot = false;
        const QString shots = qEnvironmentVariable("FEDCONSOLE_SCREENSHOT_DIR");
        auto *table = child<QTableWidget>(w, "partyTableWidget");
        const int statusColumn = table->columnCount() - 1;
        int mostAtOnce = 0; // parties shown "generating…" at the same time
        while (finished.isEmpty() && elapsed.elapsed() < 540000) {
            QTest::qWait(20);
            int generating = 0;
            for (int row = 0; row < table->rowCount(); ++row)
                generating += table->item(row, statusColumn)->text() == QStringLiteral("generating…") ? 1 : 0;
            mostAtOnce = std::max(mostAtOnce, generating);
            if (!shot && bar->value() >= 3) {
                shot = true;
                if (!shots.isEmpty()) {
                    QDir().mkpath(shots);
                    QVERIFY(w->grab().save(shots + QStringLiteral("/cert-wizard.png")));
                    meter.skipGap();
                }
            }
        }
        meter.stop();
        QCOMPARE(finished.size(), 1);
        QVERIFY2(finished.first().at(0).toInt() == int(FederationWorker::Succeeded), qPrintable(finished.first().at(1).toString()));
        qInfo("full run (RSA 4096, 6 keys) in %lld ms: worst UI gap %lld ms over %d ticks", elapsed.elapsed(), meter.worstMs(),
              meter.ticks());
        // The timer kept firing during seconds of RSA 4096 generation. One key on the UI thread
        // would stop it for 0.7-2.2 s here (openssl genpkey, 5 runs); scheduling on a loaded 2-core CI machine (two key workers
        // and another test) was seen to delay a tick by 103 ms, so the bound sits between.
        QVERIFY2(meter.worstMs() < 250, qPrintable(QStringLiteral("worst gap %1 ms").arg(meter.worstMs())));
        QVERIFY(meter.ticks() > int(elapsed.elapsed() / 10 / 3));
        // the bar advanced step by step, not just at the end
        QVERIFY2(progressSeen.contains(1) && progressSeen.contains(3) && progressSeen.contains(5),
                 qPrintable(QStringLiteral("%1").arg(progressSeen.size())));
        QCOMPARE(bar->value(), bar->maximum());
        // one party per core at once (RSA 4096 takes about a second per key, so the overlap shows)
        QCOMPARE(mostAtOnce, std::min(QThread::idealThreadCount(), 5));
        for (int row = 0; row < table->rowCount(); ++row)
            QCOMPARE(table->item(row, statusColumn)->text(), QStringLiteral("done"));

        // the files: one startup kit per participant, verified by openssl itself
        const QStringList names{QStringLiteral("flare.example.org"), QStringLiteral("site-1"), QStringLiteral("site-2"),
                                QStringLiteral("admin@example.org"), QStringLiteral("lead@hospital-a.org")};
        for (const QString &name : names) {
            const QString dir = out + QLatin1Char('/') + name + QStringLiteral("/startup/");
            const QString base = name == names.first() ? QStringLiteral("server") : QStringLiteral("client");
            const Run verify = runOpenssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), dir + QStringLiteral("rootCA.pem"),
                                           dir + base + QStringLiteral(".crt")});
            QVERIFY2(verify.exitCode == 0 && verify.out.contains(": OK"), verify.out.constData());
            QCOMPARE(modeOf(dir + base + QStringLiteral(".key")), 0600);
            const Run keyCheck = runOpenssl({QStringLiteral("pkey"), QStringLiteral("-in"), dir + base + QStringLiteral(".key"),
                                             QStringLiteral("-noout"), QStringLiteral("-text_pub")});
            QVERIFY2(keyCheck.exitCode == 0 && keyCheck.out.contains("4096 bit"), keyCheck.out.constData());
        }
        const Run root = runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), out + QStringLiteral("/site-1/startup/rootCA.pem"),
                                     QStringLiteral("-noout"), QStringLiteral("-subject"), QStringLiteral("-text")});
        QVERIFY2(root.out.contains("CN = cancer-research") && root.out.contains("4096 bit"), root.out.constData());
        const Run server = runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), out + QStringLiteral("/flare.example.org/startup/server.crt"),
                                       QStringLiteral("-noout"), QStringLiteral("-ext"), QStringLiteral("subjectAltName")});
        QVERIFY2(server.out.contains("DNS:flare.example.org") && server.out.contains("DNS:flare") && server.out.contains("IP Address:10.1.2.3"),
                 server.out.constData());
        const Run lead = runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), out + QStringLiteral("/lead@hospital-a.org/startup/client.crt"),
                                     QStringLiteral("-noout"), QStringLiteral("-subject")});
        // FLARE's admin role rides in unstructuredName, the organisation in O (the CN names the file,
        // so only these fields tell whether the wizard passed the role on)
        QVERIFY2(lead.out.contains("unstructuredName = lead") && lead.out.contains("O = hospital-a"), lead.out.constData());
        const Run admin = runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), out + QStringLiteral("/admin@example.org/startup/client.crt"),
                                      QStringLiteral("-noout"), QStringLiteral("-subject")});
        QVERIFY2(admin.out.contains("unstructuredName = project_admin"), admin.out.constData());
        const Run site = runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), out + QStringLiteral("/site-1/startup/client.crt"),
                                     QStringLiteral("-noout"), QStringLiteral("-subject")});
        QVERIFY2(!site.out.contains("unstructuredName"), site.out.constData());
        // nothing else: no staging folder, no stray temporaries
        for (const QString &f : filesUnder(out))
            QVERIFY2(!f.contains(QLatin1String(".fedconsole-staging")) && !f.contains(QLatin1String(".tmp-")), qPrintable(f));

        // the CA and the five certificates are in the store and on the page
        CaStore store(m_data.path());
        QVERIFY(store.contains(QStringLiteral("cancer-research")));
        QCOMPARE(store.issued()->size(), 5);
        QTRY_COMPARE(m_page->inventory()->rowCount(), 6);
        for (int r = 0; r < m_page->inventory()->rowCount(); ++r)
            QVERIFY(m_page->inventory()->index(r, 0).data(CertificateInventory::ChainVerifiedRole).toBool());
        w->close();
    }
};

QTEST_MAIN(TestFederationWizard)
#include "tst_federationwizard.moc"
