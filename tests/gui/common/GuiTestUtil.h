#pragma once

// Helpers shared by the Xvfb GUI tests: finding a widget by object name, saving a screenshot.

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QObject>
#include <QRegularExpression>
#include <QStringList>
#include <QTabBar>
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

/// Text cut off in the visible widgets under `root`: a one-line label narrower than its text, a
/// button narrower than its size hint, a tab whose title is elided. One line per finding
/// ("QPushButton applyButton: 'Anwenden' needs 96 px, has 80"). Rich text and word-wrapped labels
/// are left out (they reflow), and so are labels that elide on purpose (their tooltip has it all).
inline QStringList clippedTexts(QWidget *root)
{
    QStringList found;
    const auto describe = [](QWidget *w) {
        return QStringLiteral("%1 %2").arg(QLatin1String(w->metaObject()->className()), w->objectName());
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible() || w->width() <= 1)
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            const QString text = label->text();
            if (text.isEmpty() || label->wordWrap() || Qt::mightBeRichText(text) || text.contains(u'\n') || !label->toolTip().isEmpty())
                continue;
            QString plain = text;
            plain.remove(QRegularExpression(QStringLiteral("&(?!&)")));
            const int need = label->fontMetrics().horizontalAdvance(plain);
            const int have = label->contentsRect().width() - 2 * label->margin() - 2 * label->indent();
            if (need > have + 1)
                found << QStringLiteral("%1: '%2' needs %3 px, has %4").arg(describe(w), plain).arg(need).arg(have);
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (button->text().isEmpty())
                continue;
            if (button->sizeHint().width() > button->width() + 1)
                found << QStringLiteral("%1: '%2' needs %3 px, has %4").arg(describe(w), button->text()).arg(button->sizeHint().width()).arg(button->width());
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                QString plain = tabs->tabText(i);
                plain.remove(QRegularExpression(QStringLiteral("&(?!&)")));
                const int need = tabs->fontMetrics().horizontalAdvance(plain) + 8; // text and the smallest margins
                const QRect r = tabs->tabRect(i);
                if (r.isValid() && r.width() < need)
                    found << QStringLiteral("%1 tab %2: '%3' needs %4 px, has %5").arg(describe(w)).arg(i).arg(plain).arg(need).arg(r.width());
            }
        }
    }
    return found;
}

} // namespace fc::test

/// Saves a screenshot (see saveScreenshot) or fails the test.
#define FC_SCREENSHOT(widget, file) QVERIFY2(fc::test::saveScreenshot((widget), (file)), qPrintable(QStringLiteral("cannot save ") + (file)))
