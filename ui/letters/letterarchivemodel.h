#pragma once

#include "letters/letterarchive.h"

#include <QAbstractTableModel>

namespace fremdrift {

// The issued letters as a table, newest first as LetterArchive::list returns them: when, what,
// whose case, to whom, the reference, by whom, from which template version and how many pages.
// SortRole gives raw values, so that times sort as times and pages as numbers.
class LetterArchiveModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IssuedColumn,
        KindColumn,
        ClientColumn,
        RecipientColumn,
        ReferenceColumn,
        IssuedByColumn,
        TemplateColumn,
        PagesColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, IdRole };

    explicit LetterArchiveModel(QObject *parent = nullptr);

    void setLetters(QList<IssuedLetter> letters);
    const QList<IssuedLetter> &letters() const { return m_letters; }
    // The letter of `row`; nullptr for a row out of range.
    const IssuedLetter *letter(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const IssuedLetter &letter, int column) const;
    QVariant sortValue(const IssuedLetter &letter, int column) const;
    QString toolTip(const IssuedLetter &letter, int column) const;

    QList<IssuedLetter> m_letters;
};

} // namespace fremdrift
