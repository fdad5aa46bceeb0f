// LogViewer on a pod of the local control plane: search, regex error, filter, pause/resume,
// follow-tail. Saves a screenshot to $FEDCONSOLE_SCREENSHOT_DIR/log-viewer.png.
// Then a multi-pod tail of the demo federation's FLARE pods (scripts/demo-federation.sh, whose
// pods log through KWOK ClusterLogs while a writer appends): $FEDCONSOLE_SCREENSHOT_DIR/log-multipod.png.

#include "../common/GuiTestUtil.h"
#include "../../integration/common/LocalConnection.h"

#include "backend/cluster/Kubeconfig.h"
#include "gui/app/Theme.h"
#include "gui/logs/LogViewer.h"
#include "model/cluster/Informer.h"
#include "model/logs/AnsiText.h"
#include "model/logs/LogBuffer.h"
#include "model/logs/LogFilterProxy.h"
#include "model/logs/LogModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QRandomGenerator>
#include <QSet>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QToolButton>

using namespace fc;
using namespace fc::test;

class TestLogViewer : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<ClusterConnection> m_conn;
    std::unique_ptr<Informer> m_informer;
    std::unique_ptr<LogViewer> m_viewer;
    QString m_ns;
    QTemporaryDir m_dir;
    int m_next = 0;

    QString logFile() const { return m_dir.filePath(QStringLiteral("viewer.log")); }

    void appendLines(int n, const QString &what = QStringLiteral("step"))
    {
        QFile f(logFile());
        QVERIFY(f.open(QIODevice::Append));
        for (int i = 0; i < n; ++i, ++m_next) {
            const QString ts = QStringLiteral("2026-01-02T04:%1:%2.000000000Z")
                                   .arg(m_next / 60 % 60, 2, 10, QLatin1Char('0'))
                                   .arg(m_next % 60, 2, 10, QLatin1Char('0'));
            QString text = QStringLiteral("%1 %2 loss=0.%3").arg(what).arg(m_next).arg(m_next % 10);
            if (m_next % 7 == 0)
                text = QStringLiteral("\x1b[31mERROR\x1b[0m ") + text;
            f.write((ts + QStringLiteral(" stdout F ") + text + QLatin1Char('\n')).toUtf8());
        }
    }

    int logRows() const
    {
        int n = 0;
        LogModel *m = m_viewer->model();
        for (int r = 0; r < m->rowCount(); ++r)
            n += m->index(r).data(LogModel::MarkerRole).toBool() ? 0 : 1;
        return n;
    }

    template<typename T>
    T *child(const char *name)
    {
        T *w = m_viewer->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        FC_REQUIRE_LOCAL_CLUSTER();
        m_ns = QStringLiteral("it-logviewer-%1").arg(QRandomGenerator::global()->bounded(100000));
        FC_KUBECTL({QStringLiteral("create"), QStringLiteral("namespace"), m_ns});
        appendLines(200);
        const QString yaml = QStringLiteral(R"(apiVersion: v1
kind: Pod
metadata: {name: trainer-0, namespace: %1, labels: {app: trainer}}
spec:
  initContainers: [{name: setup, image: busybox}]
  containers: [{name: main, image: busybox}]
---
apiVersion: kwok.x-k8s.io/v1alpha1
kind: Logs
metadata: {name: trainer-0, namespace: %1}
spec:
  logs:
  - containers: [main]
    logsFile: %2
    follow: true
)").arg(m_ns, logFile());
        FC_KUBECTL({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, yaml.toUtf8());
        FC_CONNECT_LOCAL(m_conn, QStringLiteral("fedconsole-local"));
        m_informer = std::make_unique<Informer>(m_conn.get());
        ResourceStore *pods = m_informer->store(Kind::Pod);
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            for (int r = 0; r < pods->size(); ++r)
                if (pods->at(r).namespace_ == m_ns && pods->at(r).pod()->status == u"Running")
                    return true;
            return false;
        }(), 60000);
        m_viewer = std::make_unique<LogViewer>(m_conn.get(), pods);
        m_viewer->resize(1200, 700);
        m_viewer->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_viewer.get()));
        m_viewer->openPod(m_ns, QStringLiteral("trainer-0"));
        QTRY_COMPARE_WITH_TIMEOUT(logRows(), 200, 30000);
    }

    void cleanupTestCase()
    {
        m_viewer.reset();
        if (!m_ns.isEmpty())
            kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns, QStringLiteral("--wait=false")});
    }

    void containerPickerListsInit()
    {
        auto *combo = child<QComboBox>("containerComboBox");
        QStringList items;
        for (int i = 0; i < combo->count(); ++i)
            items << combo->itemText(i);
        QVERIFY2(items.contains(QStringLiteral("setup (init)")), qPrintable(items.join(u',')));
        QVERIFY(items.contains(QStringLiteral("main")));
        QVERIFY(child<QCheckBox>("previousCheckBox"));
    }

    void followTail()
    {
        auto *view = child<QTableView>("logTableView");
        QScrollBar *bar = view->verticalScrollBar();
        QTRY_COMPARE(bar->value(), bar->maximum());
        appendLines(50);
        QTRY_COMPARE_WITH_TIMEOUT(logRows(), 250, 20000);
        QTRY_COMPARE(bar->value(), bar->maximum());
        // scrolling up stops following
        bar->setValue(0);
        QVERIFY(!child<QCheckBox>("followCheckBox")->isChecked());
        QVERIFY(!m_viewer->isFollowingTail());
        appendLines(20);
        QTRY_COMPARE_WITH_TIMEOUT(logRows(), 270, 20000);
        QTest::qWait(100);
        QCOMPARE(bar->value(), 0);
        // back at the bottom: following again
        bar->setValue(bar->maximum());
        QVERIFY(m_viewer->isFollowingTail());
        appendLines(20);
        QTRY_COMPARE_WITH_TIMEOUT(logRows(), 290, 20000);
        QTRY_COMPARE(bar->value(), bar->maximum());
    }

    void searchAndRegex()
    {
        auto *search = child<QLineEdit>("searchLineEdit");
        auto *view = child<QTableView>("logTableView");
        QTest::keyClicks(search, QStringLiteral("step 12 "));
        QCOMPARE(m_viewer->proxy()->matchCount(), 1);
        QTest::mouseClick(child<QToolButton>("nextMatchButton"), Qt::LeftButton);
        QVERIFY(view->currentIndex().data().toString().contains(QStringLiteral("step 12 ")));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("ERROR"));
        QTest::mouseClick(child<QToolButton>("nextMatchButton"), Qt::LeftButton);
        const int first = view->currentIndex().row();
        QTest::mouseClick(child<QToolButton>("nextMatchButton"), Qt::LeftButton);
        QVERIFY(view->currentIndex().row() > first);
        QTest::mouseClick(child<QToolButton>("previousMatchButton"), Qt::LeftButton);
        QCOMPARE(view->currentIndex().row(), first);
        QCOMPARE(view->currentIndex().data().toString().left(6), QStringLiteral("ERROR ")); // ANSI stripped

        child<QCheckBox>("regexCheckBox")->setChecked(true);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("loss=0\\.(3"));
        auto *error = child<QLabel>("searchErrorLabel");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("invalid regular expression")), qPrintable(error->text()));
        QTest::keyClick(search, Qt::Key_Backspace);
        QTest::keyClick(search, Qt::Key_Backspace);
        QTest::keyClicks(search, QStringLiteral("(3|4)$"));
        QVERIFY(!error->isVisible());
        QVERIFY(m_viewer->proxy()->matchCount() > 0);
    }

    void filterShowsOnlyMatches()
    {
        auto *filter = child<QCheckBox>("filterCheckBox");
        filter->setChecked(true);
        const int rows = m_viewer->proxy()->rowCount();
        int markers = 0;
        for (int r = 0; r < rows; ++r)
            markers += m_viewer->proxy()->index(r, 0).data(LogModel::MarkerRole).toBool() ? 1 : 0;
        QCOMPARE(rows - markers, 58); // loss=0.3 / 0.4 among 290 lines
        QCOMPARE(m_viewer->proxy()->matchCount(), 58);
        QTest::qWait(50);
        const QString dir = qEnvironmentVariable("FEDCONSOLE_SCREENSHOT_DIR");
        filter->setChecked(false);
        child<QCheckBox>("regexCheckBox")->setChecked(false);
        auto *search = child<QLineEdit>("searchLineEdit");
        search->clear();
        QTest::keyClicks(search, QStringLiteral("loss=0.7"));
        QTest::mouseClick(child<QToolButton>("nextMatchButton"), Qt::LeftButton);
        if (!dir.isEmpty()) {
            QTest::qWait(100);
            QVERIFY(m_viewer->grab().save(dir + QStringLiteral("/log-viewer.png")));
            // the dark theme recolours the lines (levels, matches) on a dark background
            applyTheme(Preferences::Theme::Dark);
            QTest::qWait(200);
            const QImage dark = m_viewer->grab().toImage();
            QVERIFY(dark.save(dir + QStringLiteral("/log-viewer-dark.png")));
            QWidget *table = m_viewer->findChild<QTableView *>();
            QVERIFY(table);
            const QPoint inTable = table->mapTo(m_viewer.get(), QPoint(table->width() / 2, table->height() - 6));
            QVERIFY2(QColor(dark.pixel(inTable)).lightness() < 100, qPrintable(QColor(dark.pixel(inTable)).name()));
            applyTheme(Preferences::Theme::System);
        }
        QCOMPARE(m_viewer->proxy()->rowCount(), m_viewer->model()->rowCount());
    }

    void pauseAndResume()
    {
        auto *pause = child<QToolButton>("pauseButton");
        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(m_viewer->model()->isPaused());
        const int rows = m_viewer->model()->rowCount();
        appendLines(30);
        QTRY_COMPARE_WITH_TIMEOUT(m_viewer->model()->waitingCount(), 30, 20000);
        QCOMPARE(m_viewer->model()->rowCount(), rows);
        QVERIFY2(pause->text().contains(QStringLiteral("30 waiting")), qPrintable(pause->text()));
        QTest::mouseClick(pause, Qt::LeftButton);
        QCOMPARE(m_viewer->model()->rowCount(), rows + 30);
        QCOMPARE(pause->text(), QStringLiteral("Pause"));
    }

    void saveAll()
    {
        const QString path = m_dir.filePath(QStringLiteral("saved.log"));
        auto r = m_viewer->saveTo(path);
        QVERIFY(r.ok());
        QCOMPARE(r.value(), 320);
    }

    void multiPodDemoFederation()
    {
        const auto seeded = run(sourceDir() + QStringLiteral("/scripts/demo-federation.sh"), {QStringLiteral("--wait")}, {}, 300000);
        QVERIFY2(seeded.exitCode == 0, seeded.err.constData());
        QVERIFY2(seeded.err.contains("pod logs in"), seeded.err.constData()); // the local cluster: logs were set up
        LogViewer viewer(m_conn.get(), m_informer->store(Kind::Pod));
        viewer.resize(1400, 760);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        // every FLARE participant: overseer, server1, server2 (namespace flare), site-1 and site-2
        // (namespaces of their own): one selector over all namespaces
        viewer.openSelector(QString(), QStringLiteral("system in (overseer,server1,server2,site-1,site-2)"));
        const QStringList expected{QStringLiteral("flare-site-1/site-1"), QStringLiteral("flare-site-2/site-2"),
                                   QStringLiteral("flare/overseer"), QStringLiteral("flare/server1"), QStringLiteral("flare/server2")};
        auto attachedPods = [&] {
            QStringList pods;
            for (const QString &k : viewer.session()->attachedSources()) {
                const QStringList p = k.split(u'/');
                pods << p.value(0) + QLatin1Char('/') + p.value(2); // namespace/container (pod names are generated)
            }
            pods.sort();
            return pods;
        };
        QTRY_COMPARE_WITH_TIMEOUT(attachedPods(), expected, 60000);

        LogModel *model = viewer.model();
        auto lineRows = [&](int from) {
            std::vector<int> rows;
            for (int r = from; r < model->rowCount(); ++r)
                if (!model->index(r).data(LogModel::MarkerRole).toBool())
                    rows.push_back(r);
            return rows;
        };
        // the backlog (two minutes of the simulated run) arrives from every pod
        QTRY_VERIFY_WITH_TIMEOUT(lineRows(0).size() > 300, 30000);
        // and then live lines keep coming, interleaved by time across pods
        const int liveFrom = model->rowCount();
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            QSet<int> sources;
            for (int r : lineRows(liveFrom))
                sources.insert(model->index(r).data(LogModel::SourceRole).toInt());
            return sources.size() >= 3;
        }(), 60000);
        const std::vector<int> live = lineRows(liveFrom);
        QVERIFY(live.size() >= 3);
        qint64 previous = 0;
        for (int r : live) {
            const qint64 ts = model->index(r).data(LogModel::TimestampRole).toLongLong();
            QVERIFY2(ts >= previous, qPrintable(model->index(r).data(LogModel::TextRole).toString()));
            previous = ts;
        }
        // each pod its own prefix and colour
        QHash<QString, QColor> colours;
        for (int r : lineRows(0)) {
            const QModelIndex i = model->index(r);
            colours.insert(i.data(LogModel::SourcePrefixRole).toString(), i.data(LogModel::SourceColourRole).value<QColor>());
        }
        QCOMPARE(colours.size(), 5);
        QSet<QRgb> distinct;
        for (const QColor &c : std::as_const(colours))
            distinct.insert(c.rgb());
        QCOMPARE(distinct.size(), 5);
        // FLARE's coloured WARNING level came through as ANSI spans (shown in colour, not as escapes)
        int ansiRows = 0;
        for (int r : lineRows(0)) {
            const QModelIndex i = model->index(r);
            if (!i.data(LogModel::AnsiSpansRole).value<QList<AnsiSpan>>().isEmpty()) {
                ++ansiRows;
                QVERIFY(!i.data(LogModel::TextRole).toString().contains(QChar(0x1b)));
            }
        }
        QVERIFY(ansiRows > 0);

        const QString dir = qEnvironmentVariable("FEDCONSOLE_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            // for the picture: wait (a little) until a coloured WARNING is on screen at the bottom
            auto *view = viewer.findChild<QTableView *>(QStringLiteral("logTableView"));
            QVERIFY(view);
            (void)QTest::qWaitFor([&] { // not an assertion: only where the picture is taken
                const int last = model->rowCount() - 1;
                for (int r = std::max(0, last - 20); r <= last; ++r)
                    if (!model->index(r).data(LogModel::AnsiSpansRole).value<QList<AnsiSpan>>().isEmpty())
                        return true;
                return false;
            }, 30000);
            QTest::qWait(300);
            QVERIFY(viewer.grab().save(dir + QStringLiteral("/log-multipod.png")));
        }
        const auto removed = run(sourceDir() + QStringLiteral("/scripts/demo-federation.sh"), {QStringLiteral("--delete"), QStringLiteral("--wait")}, {}, 300000);
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
    }

    void keyboardAndScreenReaders()
    {
        // last: Tab is pressed through the whole viewer
        FC_ACCESSIBLE(m_viewer.get());
    }
};

QTEST_MAIN(TestLogViewer)
#include "tst_logviewer.moc"
