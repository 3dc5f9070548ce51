#pragma once

#include "jurisdiction/jurisdictioncode.h"
#include "storage/database.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NewDatabaseDialog;
}

namespace fremdrift {

// Asks where a new database goes and which country's rules it follows.
class NewDatabaseDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NewDatabaseDialog(QWidget *parent = nullptr);
    ~NewDatabaseDialog() override;

    void setPath(const QString &path);
    void setJurisdiction(JurisdictionCode code);
    void setFillWithDemoData(bool fill);

    QString path() const;
    JurisdictionCode jurisdiction() const;
    QString officeName() const;
    bool fillWithDemoData() const;
    bool isTestDatabase() const;
    Database::CreateOptions createOptions() const;

    void accept() override;

private:
    void browse();
    // What is wrong with the chosen file, or an empty string when it can be created.
    QString problemWithPath() const;

    std::unique_ptr<Ui::NewDatabaseDialog> m_ui;
};

} // namespace fremdrift
