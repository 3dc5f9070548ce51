#pragma once

#include "reviews/stepforms/stepform.h"

class QPushButton;
class QTableWidget;

namespace fremdrift {

// Step 4: each request for medical information (to the GP, a specialist or another party):
// what was asked, when it was sent and answered, and a summary of the answer. One line each,
// added and removed with the buttons.
class MedicalInformationForm final : public StepForm
{
    Q_OBJECT

public:
    enum Column { ToColumn, NameColumn, AskedColumn, SentColumn, AnsweredColumn, SummaryColumn,
                  ColumnCount };

    explicit MedicalInformationForm(QWidget *parent = nullptr);

    void load(const ReviewStep &step, const StepFormContext &context) override;
    QJsonObject form() const override;
    QWidget *fieldWidget(const QString &field) const override;

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    // Adds a line for the client's GP (or an empty one) and returns its row.
    int addRequest();

private:
    void addRow(const QJsonObject &request);
    QJsonObject request(int row) const;
    void removeRequest();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QString m_gpName; // the client's GP, for a new request
};

} // namespace fremdrift
