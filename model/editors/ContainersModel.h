#pragma once

#include "model/editors/WorkloadForm.h"

namespace fc::editors {

/// The containers of a workload's pod template: name, image, command and args (a list of
/// words: EditRole gives and takes a QStringList, or text with one word per line).
class ContainersModel final : public WorkloadTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, ImageColumn, CommandColumn, ArgsColumn, ColumnCount };

    explicit ContainersModel(WorkloadForm *form);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    ObjectPath cellPath(int row, int column) const override;

    Result<void> addContainer(const QString &name, const QString &image);
    Result<void> removeContainer(int row);
    Result<void> setName(int row, const QString &name);
    Result<void> setImage(int row, const QString &image);
    Result<void> setCommand(int row, const QStringList &command); ///< empty: the image's entrypoint
    Result<void> setArgs(int row, const QStringList &args);       ///< empty: the image's cmd

    /// Words as a shell would show them: quoted where they hold blanks or quotes.
    static QString joinWords(const QStringList &words);

protected:
    int rows() const override { return int(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QVariant cellData(int row, int column, int role) const override;
    Result<void> setCell(int row, int column, const QVariant &value, int role) override;
    ObjectPath rowPath(int row) const override;
    void reload() override;

private:
    struct Row {
        QString name;
        QString image;
        QStringList command;
        QStringList args;
        bool operator==(const Row &) const = default;
    };
    Result<void> setWords(int row, const char *field, const QStringList &words, const QString &undoText);
    QList<Row> m_rows;
};

} // namespace fc::editors
