#pragma once

// Helpers shared by the Xvfb GUI tests: finding a widget by object name, saving a screenshot.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QTextEdit>
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

/// The controls a keyboard user works with: buttons, text fields, combo and spin boxes, views.
inline bool isControl(QWidget *w)
{
    return qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
           || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QPlainTextEdit *>(w)
           || qobject_cast<QTextEdit *>(w);
}

/// Visible, enabled controls under `root` that a screen reader would announce without a name
/// (no accessibleName, no text of their own, no buddy label). Line edits inside combo and spin
/// boxes, a line edit's clear button and the viewports of views are parts of those controls,
/// not controls of their own.
inline QStringList unnamedControls(QWidget *root)
{
    QStringList found;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || !w->isEnabled() || !isControl(w) || w->inherits("QHeaderView"))
            continue;
        if (qobject_cast<QLineEdit *>(w) && (qobject_cast<QComboBox *>(w->parentWidget()) || qobject_cast<QAbstractSpinBox *>(w->parentWidget())))
            continue;
        if (qobject_cast<QLineEdit *>(w->parentWidget()))
            continue; // the clear button a line edit draws: part of it, as Qt's accessibility presents it
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            found << QStringLiteral("%1 %2").arg(QLatin1String(w->metaObject()->className()), w->objectName());
    }
    return found;
}

/// Visible, enabled controls under `window` that pressing Tab from its first control never
/// reaches (keyboard users could not get there).
inline QStringList unreachableByTab(QWidget *window)
{
    QList<QWidget *> wanted;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->isVisible() && w->isEnabled() && isControl(w) && (w->focusPolicy() & Qt::TabFocus) && !w->inherits("QHeaderView")
            && !(qobject_cast<QLineEdit *>(w) && (qobject_cast<QComboBox *>(w->parentWidget()) || qobject_cast<QAbstractSpinBox *>(w->parentWidget()))))
            wanted << w;
    }
    QSet<QWidget *> seen;
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        return {QStringLiteral("the window never became active")};
    if (!wanted.isEmpty())
        wanted.first()->setFocus(Qt::TabFocusReason);
    int refocused = 0;
    for (int i = 0; i < 3 * int(wanted.size()) + 10; ++i) {
        QWidget *f = QApplication::focusWidget();
        if ((!f || f->window() != window) && !wanted.isEmpty() && refocused < 5) {
            // Without a window manager (Xvfb) the window that was shown before this one can take
            // activation back a moment later: Tab then walks that window. Bring this one back
            // (a control Tab never reaches is still never seen).
            ++refocused;
            window->activateWindow();
            (void)QTest::qWaitForWindowActive(window); // not active in time: the loop below counts what Tab missed
            wanted.first()->setFocus(Qt::TabFocusReason);
            f = QApplication::focusWidget();
        }
        if (f) {
            seen.insert(f);
            if (f->focusProxy())
                seen.insert(f->focusProxy());
            if (qobject_cast<QLineEdit *>(f) && f->parentWidget())
                seen.insert(f->parentWidget()); // the line edit inside a combo or spin box
        }
        QTest::keyClick(f ? f : window, Qt::Key_Tab);
    }
    QStringList missing;
    for (QWidget *w : wanted)
        if (!seen.contains(w))
            missing << QStringLiteral("%1 %2").arg(QLatin1String(w->metaObject()->className()), w->objectName());
    return missing;
}

/// What keyboard and screen-reader users would miss in `window` (shown and active): controls
/// without an accessible name, and controls Tab never reaches; empty when none.
inline QStringList accessibilityProblems(QWidget *window)
{
    QStringList problems;
    for (const QString &c : unnamedControls(window))
        problems << QStringLiteral("no accessible name: ") + c;
    for (const QString &c : unreachableByTab(window))
        problems << QStringLiteral("not reachable with Tab: ") + c;
    return problems;
}

} // namespace fc::test

/// Fails the test with every accessibility problem of `window` (accessibilityProblems).
#define FC_ACCESSIBLE(window)                                                                                       \
    do {                                                                                                           \
        const QStringList fcA11y = fc::test::accessibilityProblems(window);                                        \
        QVERIFY2(fcA11y.isEmpty(), qPrintable(fcA11y.join(u'\n')));                                                \
    } while (false)

/// Saves a screenshot (see saveScreenshot) or fails the test.
#define FC_SCREENSHOT(widget, file) QVERIFY2(fc::test::saveScreenshot((widget), (file)), qPrintable(QStringLiteral("cannot save ") + (file)))
