#pragma once

#include "gui/common/RowTextDelegate.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>
#include <QTableWidget>

namespace fc {

/// The list tables of the app (resources, certificates, cluster certificates) behave alike: one
/// row selected at a time, sortable by header click, no row numbers, the last column taking the
/// spare width, alternating rows, one line per row.
inline void setUpRowTable(QTableView *table, QAbstractItemModel *model)
{
    table->setModel(model);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    // "resize to contents" looks at the rows on screen, not the first 1,000 (61 ms at 50,000 pods)
    table->horizontalHeader()->setResizeContentsPrecision(0);
    table->setItemDelegate(new RowTextDelegate(table));
}

/// A read-only table of text rows (release history, versions, shortcuts): whole rows selected,
/// no row numbers, the last column stretched, one line per row. Tab leaves it (cell-by-cell Tab
/// navigation would trap keyboard users inside); the accessible name is `accessibleName`.
inline QTableWidget *makePlainTable(const QString &objectName, const QStringList &headers, const QString &accessibleName, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

/// Appends a row of text cells to a makePlainTable() table; returns its index.
inline int appendTextRow(QTableWidget *table, const QStringList &cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells[c]));
    return row;
}

} // namespace fc
