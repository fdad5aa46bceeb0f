#pragma once

// Helpers shared by the Xvfb GUI tests: finding a widget by object name, saving a screenshot.

#include <QDir>
#include <QObject>
#include <QString>
#include <QTest>
#include <QWidget>

namespace fc::test {

/// The child named `name`; a missing one ends the test program naming it (a renamed widget is a
/// test bug, not a product failure to report as a comparison).
template<typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s of type %s", name, T::staticMetaObject.className());
    return w;
}

/// Saves `w` as FEDCONSOLE_SCREENSHOT_DIR/file (ctest sets it to build/<preset>/screenshots);
/// nothing when the variable is unset. Returns false when saving failed.
inline bool saveScreenshot(QWidget *w, const QString &file)
{
    const QString dir = qEnvironmentVariable("FEDCONSOLE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    QDir().mkpath(dir);
    return w->grab().save(dir + u'/' + file);
}

} // namespace fc::test

/// Saves a screenshot (see saveScreenshot) or fails the test.
#define FC_SCREENSHOT(widget, file) QVERIFY2(fc::test::saveScreenshot((widget), (file)), qPrintable(QStringLiteral("cannot save ") + (file)))
