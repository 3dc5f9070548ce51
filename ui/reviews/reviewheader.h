#pragma once

#include "domain/progressplan.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace fremdrift {

class JurisdictionProfile;
class MessageBar;

// The top of the review window: whose review, their unit, the decision under review, the
// caseworker and the plan; below, the message bar, with Compare and merge and Reload for when
// someone else saved first.
class ReviewHeader final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewHeader(QWidget *parent = nullptr);

    void showReview(const Review &review, const JurisdictionProfile &profile);

    QLabel *clientLabel() const { return m_client; }
    QLabel *detailsLabel() const { return m_details; }
    MessageBar *messageBar() const { return m_messageBar; }
    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *mergeButton() const { return m_merge; }

private:
    QLabel *m_client;
    QLabel *m_details;
    MessageBar *m_messageBar;
    QPushButton *m_reload;
    QPushButton *m_merge;
};

} // namespace fremdrift
