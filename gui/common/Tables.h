#pragma once

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>

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
}

} // namespace fc
