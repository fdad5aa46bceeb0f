// German and Simplified Chinese on screen, under Xvfb on the local control plane with the demo
// federation: the strings of classes, of free functions (a file's Tr context) and of Qt itself
// (qtbase, from qt6-translations-l10n) are translated at run time — lupdate's contexts and the
// program's agree — and no text is cut off on the main pages and dialogs at 1280×800 and
// 1920×1080 (clippedTexts). Screenshots: <lang>-<size>-<screen>.png (copies in docs/).
#include "gui/app/AboutDialog.h"
#include "gui/app/AddClusterDialog.h"
#include "gui/app/PreferencesDialog.h"
#include "gui/app/Translations.h"
#include "gui/common/Shortcuts.h"
#include "gui/federation/FederationsPage.h"
#include "gui/main/MainWindow.h"
#include "gui/pki/CertificatesPage.h"
#include "model/app/AddCluster.h"
#include "model/cluster/ResourceFilterProxy.h"
#include "model/federation/FederationModel.h"
#include "tests/gui/common/GuiTestUtil.h"
#include "tests/integration/common/LocalCluster.h"

#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;
using namespace fc::test;

class TstTranslatedScreens : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QStringList m_clipped;

    void look(QWidget *w, const QString &shot)
    {
        QTest::qWait(150);
        for (const QString &c : clippedTexts(w))
            m_clipped << shot + QStringLiteral(": ") + c;
        FC_SCREENSHOT(w, shot + QStringLiteral(".png"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        FC_REQUIRE_LOCAL_CLUSTER();
        const auto seeded = run(sourceDir() + QStringLiteral("/scripts/demo-federation.sh"), {QStringLiteral("--wait")}, {}, 300000);
        QVERIFY2(seeded.exitCode == 0, seeded.err.constData());
        qputenv("FEDCONSOLE_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toUtf8());
        qputenv("FEDCONSOLE_PKI_DIR", m_dir.filePath(QStringLiteral("pki")).toUtf8());
    }

    void screens_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const QString &l : {QStringLiteral("de"), QStringLiteral("zh_CN")})
            for (const QSize &s : {QSize(1280, 800), QSize(1920, 1080)})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2x%3").arg(l).arg(s.width()).arg(s.height()))) << l << s;
    }

    void screens()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QCOMPARE(installTranslations(language), language);
        const QString prefix = QStringLiteral("%1-%2x%3-").arg(language).arg(size.width()).arg(size.height());

        // strings of a class, of a file's free functions, of Qt: all in the language now
        const QString resources = QCoreApplication::translate("fc::MainWindow", "&Resources");
        QVERIFY(resources != QLatin1String("&Resources"));
        const QString fieldError = checkTokenCluster(TokenCluster{}, false).error().message;
        QVERIFY2(!fieldError.startsWith(QLatin1String("Context name")), qPrintable(fieldError));
        // kubeconfig problems (backend) too
        const QString kubeconfigError = Kubeconfig::load({m_dir.filePath(QStringLiteral("missing-kubeconfig"))}).errors().value(0).message;
        QVERIFY2(!kubeconfigError.isEmpty() && !kubeconfigError.startsWith(QLatin1String("cannot read")), qPrintable(kubeconfigError));
        QDialogButtonBox qtButtons(QDialogButtonBox::Cancel);
        QVERIFY2(qtButtons.button(QDialogButtonBox::Cancel)->text() != QLatin1String("&Cancel")
                     && qtButtons.button(QDialogButtonBox::Cancel)->text() != QLatin1String("Cancel"),
                 "Qt's own translation (qtbase) is not loaded: apt-get install qt6-translations-l10n");
        QVERIFY(allShortcuts().first().where != QLatin1String("Main window"));

        QSettings settings(m_dir.filePath(prefix + QStringLiteral("settings.ini")), QSettings::IniFormat);
        MainWindow window(Kubeconfig::load({kubeconfigPath()}), &settings);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *pages = child<QTabWidget>(&window, "mainTabWidget");
        QCOMPARE(pages->tabText(0), resources);
        QVERIFY(window.menuBar()->actions().first()->text() != QLatin1String("&File"));
        QTRY_VERIFY_WITH_TIMEOUT(window.proxy()->rowCount() >= 10, 30000); // the demo's pods, all namespaces
        window.showPage(0);
        look(&window, prefix + QStringLiteral("main"));
        window.showPage(1);
        QTRY_VERIFY_WITH_TIMEOUT(window.federationsPage()->federationModel()->rowCount() >= 3, 60000);
        look(&window, prefix + QStringLiteral("federations"));
        window.showPage(4);
        look(&window, prefix + QStringLiteral("certificates"));

        PreferencesDialog *prefs = window.showPreferences();
        QVERIFY(QTest::qWaitForWindowExposed(prefs));
        look(prefs, prefix + QStringLiteral("preferences"));
        prefs->close();
        AddClusterDialog *add = window.showAddCluster();
        QVERIFY(QTest::qWaitForWindowExposed(add));
        add->showTokenTab();
        look(add, prefix + QStringLiteral("add-cluster"));
        add->close();
        AboutDialog *about = window.showAbout();
        QVERIFY(QTest::qWaitForWindowExposed(about));
        QTRY_VERIFY_WITH_TIMEOUT(about->toolsProbed(), 20000);
        look(about, prefix + QStringLiteral("about"));
        about->close();
        window.close();
    }

    void noTextCutOff()
    {
        QVERIFY2(m_clipped.isEmpty(), qPrintable(QStringLiteral("%1 clipped text(s):\n").arg(m_clipped.size()) + m_clipped.join(u'\n')));
    }

    void cleanupTestCase()
    {
        installTranslations(QStringLiteral("en"));
    }
};

QTEST_MAIN(TstTranslatedScreens)
#include "tst_translatedscreens.moc"
