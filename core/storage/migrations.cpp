#include "storage/migrations.h"

#include <vector>

namespace fremdrift {

namespace {

// Timestamps are ISO 8601 in UTC, dates YYYY-MM-DD. Rows that people edit carry `version`
// for optimistic locking: UPDATE ... WHERE id = ? AND version = ?.
const QStringList schemaVersion1 = {
    QStringLiteral(R"(CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID)"),

    QStringLiteral(R"(CREATE TABLE staff_users (
        id                   INTEGER PRIMARY KEY,
        username             TEXT NOT NULL UNIQUE COLLATE NOCASE,
        full_name            TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
        role                 TEXT NOT NULL
                             CHECK (role IN ('caseworker', 'leader', 'administrator', 'readonly')),
        title                TEXT,
        email                TEXT,
        phone                TEXT,
        password_hash        TEXT,
        active               INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        failed_logins        INTEGER NOT NULL DEFAULT 0,
        last_failed_login_at TEXT,
        version              INTEGER NOT NULL DEFAULT 1,
        created_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        updated_at           TEXT
    ))"),

    QStringLiteral(R"(CREATE TABLE units (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        address     TEXT,
        phone       TEXT,
        leader_name TEXT,
        version     INTEGER NOT NULL DEFAULT 1,
        created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        updated_at  TEXT,
        updated_by  INTEGER REFERENCES staff_users(id) ON DELETE RESTRICT
    ))"),

    QStringLiteral(R"(CREATE TABLE clients (
        id                          INTEGER PRIMARY KEY,
        national_id                 TEXT UNIQUE,
        national_id_kind            TEXT,
        given_name                  TEXT NOT NULL,
        family_name                 TEXT NOT NULL,
        birth_date                  TEXT,
        address_line                TEXT,
        postal_code                 TEXT,
        city                        TEXT,
        phone                       TEXT,
        email                       TEXT,
        unit_id                     INTEGER REFERENCES units(id) ON DELETE RESTRICT,
        caseworker_id               INTEGER REFERENCES staff_users(id) ON DELETE RESTRICT,
        gp_name                     TEXT,
        gp_practice                 TEXT,
        gp_phone                    TEXT,
        consent_competence          TEXT
                                    CHECK (consent_competence IN
                                           ('full', 'partial', 'none', 'not_assessed')),
        consent_assessed_on         TEXT,
        consent_assessed_by         TEXT,
        individual_plan             TEXT CHECK (individual_plan IN ('yes', 'no', 'needed')),
        individual_plan_coordinator TEXT,
        notes                       TEXT,
        version                     INTEGER NOT NULL DEFAULT 1,
        created_at                  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        updated_at                  TEXT,
        updated_by                  INTEGER REFERENCES staff_users(id) ON DELETE RESTRICT,
        -- names, national ID and unit, case-folded by Fremdrift (SQLite's lower() knows
        -- only ASCII, and caseworkers type ø, å, ä and æ)
        search_text                 TEXT NOT NULL DEFAULT '',
        CHECK (length(trim(given_name || family_name)) > 0)
    ))"),
    // The type-ahead walks this index in list order, tests the search text without reading the
    // table, and stops at the limit: a keystroke costs a fraction of sorting every match.
    QStringLiteral("CREATE INDEX clients_search_order ON clients(family_name COLLATE NOCASE, "
                   "given_name COLLATE NOCASE, search_text)"),
    QStringLiteral("CREATE INDEX clients_by_unit ON clients(unit_id)"),
    QStringLiteral("CREATE INDEX clients_by_caseworker ON clients(caseworker_id)"),

    // The people around a client: guardian, relatives, primary contact at the home, GP,
    // specialists, supplier, and the members of the responsibility group.
    QStringLiteral(R"(CREATE TABLE contacts (
        id                   INTEGER PRIMARY KEY,
        client_id            INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        relation             TEXT NOT NULL
                             CHECK (relation IN ('guardian', 'relative', 'primary_contact', 'gp',
                                                 'specialist', 'supplier', 'other')),
        name                 TEXT NOT NULL CHECK (length(trim(name)) > 0),
        organisation         TEXT,
        address_line         TEXT,
        postal_code          TEXT,
        city                 TEXT,
        phone                TEXT,
        email                TEXT,
        is_nearest_relative  INTEGER NOT NULL DEFAULT 0 CHECK (is_nearest_relative IN (0, 1)),
        receives_letters     INTEGER NOT NULL DEFAULT 0 CHECK (receives_letters IN (0, 1)),
        in_responsibility_group INTEGER NOT NULL DEFAULT 0
                             CHECK (in_responsibility_group IN (0, 1)),
        is_group_coordinator INTEGER NOT NULL DEFAULT 0 CHECK (is_group_coordinator IN (0, 1)),
        version              INTEGER NOT NULL DEFAULT 1,
        created_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        updated_at           TEXT,
        updated_by           INTEGER REFERENCES staff_users(id) ON DELETE RESTRICT
    ))"),
    QStringLiteral("CREATE INDEX contacts_by_client ON contacts(client_id)"),

    QStringLiteral(R"(CREATE TABLE decisions (
        id                         INTEGER PRIMARY KEY,
        reference                  TEXT UNIQUE,
        client_id                  INTEGER NOT NULL REFERENCES clients(id) ON DELETE RESTRICT,
        legal_basis                TEXT NOT NULL,
        status                     TEXT NOT NULL DEFAULT 'draft'
                                   CHECK (status IN ('draft', 'submitted', 'approved', 'sent',
                                                     'in_force', 'replaced', 'ended')),
        replaces_decision_id       INTEGER REFERENCES decisions(id) ON DELETE RESTRICT,
        valid_from                 TEXT,
        valid_to                   TEXT,
        evaluation_date            TEXT,
        health_information         TEXT,
        functioning_and_needs      TEXT,
        needs_all_life_areas       TEXT,
        own_needs_wishes_goals     TEXT,
        user_participation         TEXT,
        relatives_participation    TEXT,
        municipality_assessment    TEXT,
        caseworker_id              INTEGER REFERENCES staff_users(id) ON DELETE RESTRICT,
        submitted_at               TEXT,
        approved_by                INTEGER REFERENCES staff_users(id) ON DELETE RESTRICT,
        approved_at                TEXT,
        refusal_comment            TEXT,
        sent_on                    TEXT,
        sent_method                TEXT CHECK (sent_method IN ('post', 'digital', 'hand')),
        received_on                TEXT,
        received_assumed           INTEGER NOT NULL DEFAULT 0 CHECK (received_assumed IN (0, 1)),
        complaint_deadline         TEXT,
        in_force_on                TEXT,
        ended_on                   TEXT,
        version                    INTEGER NOT NULL DEFAULT 1,
        created_at                 TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        updated_at                 TEXT,
        updated_by                 INTEGER REFERENCES staff_users(id) ON DELETE RESTRICT,
        CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
    ))"),
    QStringLiteral("CREATE INDEX decisions_by_client ON decisions(client_id)"),
    QStringLiteral("CREATE INDEX decisions_by_status ON decisions(status)"),
    QStringLiteral("CREATE INDEX decisions_by_evaluation ON decisions(evaluation_date)"),
    QStringLiteral("CREATE INDEX decisions_by_caseworker ON decisions(caseworker_id)"),

    QStringLiteral(R"(CREATE TABLE decision_services (
        id                    INTEGER PRIMARY KEY,
        decision_id           INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
        position              INTEGER NOT NULL DEFAULT 0,
        service_code          TEXT NOT NULL,
        own_hours_per_week    REAL NOT NULL DEFAULT 0
                              CHECK (own_hours_per_week BETWEEN 0 AND 168),
        shared_hours_per_week REAL NOT NULL DEFAULT 0
                              CHECK (shared_hours_per_week BETWEEN 0 AND 168),
        description           TEXT,
        CHECK (own_hours_per_week + shared_hours_per_week <= 168)
    ))"),
    QStringLiteral("CREATE INDEX decision_services_by_decision ON decision_services(decision_id)"),

    // A progress plan (kind 'review') groups reviews; a plain task plan (kind 'task') holds
    // the unit leader's tasks.
    QStringLiteral(R"(CREATE TABLE review_plans (
        id          INTEGER PRIMARY KEY,
        kind        TEXT NOT NULL DEFAULT 'review' CHECK (kind IN ('review', 'task')),
        title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
        goal        TEXT,
        start_on    TEXT,
        deadline    TEXT,
        status_note TEXT,
        closed_on   TEXT,
        created_by  INTEGER REFERENCES staff_users(id) ON DELETE RESTRICT,
        version     INTEGER NOT NULL DEFAULT 1,
        created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        updated_at  TEXT,
        updated_by  INTEGER REFERENCES staff_users(id) ON DELETE RESTRICT
    ))"),
    QStringLiteral(R"(CREATE TABLE review_plan_units (
        plan_id INTEGER NOT NULL REFERENCES review_plans(id) ON DELETE CASCADE,
        unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
        PRIMARY KEY (plan_id, unit_id)
    ) WITHOUT ROWID)"),
    QStringLiteral(R"(CREATE TABLE review_plan_tasks (
        id          INTEGER PRIMARY KEY,
        plan_id     INTEGER NOT NULL REFERENCES review_plans(id) ON DELETE CASCADE,
        position    INTEGER NOT NULL DEFAULT 0,
        title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
        deadline    TEXT,
        responsible TEXT,
        status_note TEXT,
        done_on     TEXT,
        version     INTEGER NOT NULL DEFAULT 1
    ))"),

    QStringLiteral(R"(CREATE TABLE reviews (
        id              INTEGER PRIMARY KEY,
        plan_id         INTEGER NOT NULL REFERENCES review_plans(id) ON DELETE CASCADE,
        client_id       INTEGER NOT NULL REFERENCES clients(id) ON DELETE RESTRICT,
        decision_id     INTEGER REFERENCES decisions(id) ON DELETE RESTRICT,
        new_decision_id INTEGER REFERENCES decisions(id) ON DELETE RESTRICT,
        caseworker_id   INTEGER REFERENCES staff_users(id) ON DELETE RESTRICT,
        closed_on       TEXT,
        version         INTEGER NOT NULL DEFAULT 1,
        created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        updated_at      TEXT,
        updated_by      INTEGER REFERENCES staff_users(id) ON DELETE RESTRICT
    ))"),
    QStringLiteral("CREATE INDEX reviews_by_plan ON reviews(plan_id)"),
    QStringLiteral("CREATE INDEX reviews_by_caseworker ON reviews(caseworker_id)"),

    // One row per step of a review. `form` holds the step's own form as JSON, since each
    // step records different things.
    QStringLiteral(R"(CREATE TABLE review_steps (
        id               INTEGER PRIMARY KEY,
        review_id        INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        step_no          INTEGER NOT NULL CHECK (step_no BETWEEN 1 AND 8),
        due_on           TEXT,
        responsible_role TEXT,
        done_on          TEXT,
        done_by          INTEGER REFERENCES staff_users(id) ON DELETE RESTRICT,
        notes            TEXT,
        form             TEXT,
        version          INTEGER NOT NULL DEFAULT 1,
        updated_at       TEXT,
        updated_by       INTEGER REFERENCES staff_users(id) ON DELETE RESTRICT,
        UNIQUE (review_id, step_no)
    ))"),
    QStringLiteral("CREATE INDEX review_steps_open_by_due ON review_steps(due_on) "
                   "WHERE done_on IS NULL"),

    QStringLiteral(R"(CREATE TABLE meetings (
        id              INTEGER PRIMARY KEY,
        kind            TEXT NOT NULL
                        CHECK (kind IN ('evaluation', 'follow_up', 'responsibility_group',
                                        'other')),
        client_id       INTEGER REFERENCES clients(id) ON DELETE RESTRICT,
        review_id       INTEGER REFERENCES reviews(id) ON DELETE SET NULL,
        title           TEXT,
        starts_at       TEXT,
        ends_at         TEXT,
        location        TEXT,
        video_link      TEXT,
        agenda          TEXT,
        minutes         TEXT,
        agreements      TEXT,
        next_meeting_on TEXT,
        version         INTEGER NOT NULL DEFAULT 1,
        created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        updated_at      TEXT,
        updated_by      INTEGER REFERENCES staff_users(id) ON DELETE RESTRICT,
        CHECK (ends_at IS NULL OR starts_at IS NULL OR ends_at >= starts_at)
    ))"),
    QStringLiteral("CREATE INDEX meetings_by_start ON meetings(starts_at)"),
    QStringLiteral(R"(CREATE TABLE meeting_participants (
        id             INTEGER PRIMARY KEY,
        meeting_id     INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
        role           TEXT,
        staff_user_id  INTEGER REFERENCES staff_users(id) ON DELETE RESTRICT,
        contact_id     INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
        invited        INTEGER NOT NULL DEFAULT 0 CHECK (invited IN (0, 1)),
        accepted       INTEGER NOT NULL DEFAULT 0 CHECK (accepted IN (0, 1)),
        attended       INTEGER NOT NULL DEFAULT 0 CHECK (attended IN (0, 1)),
        is_coordinator INTEGER NOT NULL DEFAULT 0 CHECK (is_coordinator IN (0, 1)),
        is_minute_taker INTEGER NOT NULL DEFAULT 0 CHECK (is_minute_taker IN (0, 1))
    ))"),
    QStringLiteral("CREATE INDEX meeting_participants_by_meeting "
                   "ON meeting_participants(meeting_id)"),

    // Templates are versioned: editing adds a row with the next version_no.
    QStringLiteral(R"(CREATE TABLE templates (
        id           INTEGER PRIMARY KEY,
        kind         TEXT NOT NULL,
        jurisdiction TEXT NOT NULL CHECK (jurisdiction IN ('NO', 'SE', 'DK')),
        language     TEXT NOT NULL CHECK (language IN ('nb', 'sv', 'da', 'en')),
        version_no   INTEGER NOT NULL CHECK (version_no >= 1),
        body         TEXT NOT NULL,
        created_by   INTEGER REFERENCES staff_users(id) ON DELETE RESTRICT,
        created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        UNIQUE (kind, jurisdiction, language, version_no)
    ))"),

    // A letter is kept exactly as issued: its PDF bytes and their SHA-256.
    QStringLiteral(R"(CREATE TABLE letters (
        id                INTEGER PRIMARY KEY,
        kind              TEXT NOT NULL,
        template_id       INTEGER NOT NULL REFERENCES templates(id) ON DELETE RESTRICT,
        client_id         INTEGER REFERENCES clients(id) ON DELETE RESTRICT,
        decision_id       INTEGER REFERENCES decisions(id) ON DELETE RESTRICT,
        review_id         INTEGER REFERENCES reviews(id) ON DELETE RESTRICT,
        meeting_id        INTEGER REFERENCES meetings(id) ON DELETE RESTRICT,
        recipient_name    TEXT NOT NULL,
        recipient_address TEXT,
        copies_to         TEXT,
        issued_at         TEXT NOT NULL,
        issued_by         INTEGER REFERENCES staff_users(id) ON DELETE RESTRICT,
        pdf               BLOB NOT NULL,
        sha256            TEXT NOT NULL CHECK (length(sha256) = 64)
    ))"),
    QStringLiteral("CREATE INDEX letters_by_client ON letters(client_id)"),
    QStringLiteral("CREATE TRIGGER letters_are_immutable BEFORE UPDATE ON letters "
                   "BEGIN SELECT RAISE(ABORT, 'issued letters cannot be changed'); END"),
    QStringLiteral("CREATE TRIGGER letters_are_kept BEFORE DELETE ON letters "
                   "BEGIN SELECT RAISE(ABORT, 'issued letters cannot be deleted'); END"),

    // Append-only: who did what, when, from which PC; old and new values as JSON in `detail`.
    // Each row's hash chains to the previous row's, so an edited or removed row is detected.
    QStringLiteral(R"(CREATE TABLE audit_log (
        id        INTEGER PRIMARY KEY,
        at        TEXT NOT NULL,
        user_id   INTEGER REFERENCES staff_users(id) ON DELETE RESTRICT,
        user_name TEXT,
        host      TEXT,
        action    TEXT NOT NULL,
        entity    TEXT NOT NULL,
        entity_id INTEGER,
        client_id INTEGER,
        detail    TEXT,
        prev_hash TEXT,
        hash      TEXT
    ))"),
    QStringLiteral("CREATE INDEX audit_log_by_client ON audit_log(client_id)"),
    QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                   "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
    QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                   "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),

    // Who is editing what, on which PC (shared database on a network drive).
    QStringLiteral(R"(CREATE TABLE edit_leases (
        entity      TEXT NOT NULL,
        entity_id   INTEGER NOT NULL,
        user_id     INTEGER REFERENCES staff_users(id) ON DELETE CASCADE,
        host        TEXT NOT NULL,
        acquired_at TEXT NOT NULL,
        expires_at  TEXT NOT NULL,
        PRIMARY KEY (entity, entity_id)
    ) WITHOUT ROWID)"),
};

// Which PCs have the database open, so that a restore can refuse while others use it. Each
// running Fremdrift upserts its own row (host + process id) on open and every minute.
const QStringList schemaVersion2 = {
    QStringLiteral(R"(CREATE TABLE presence (
        host      TEXT NOT NULL,
        pid       INTEGER NOT NULL,
        user_name TEXT,
        opened_at TEXT NOT NULL,
        seen_at   TEXT NOT NULL,
        PRIMARY KEY (host, pid)
    ) WITHOUT ROWID)"),
};


// Progress plans run for real. Steps are keyed by the jurisdiction's step id instead of a
// number, because Denmark's follow-up loop has two more steps than the eight of seed 000; the
// plan's own step (staffing reviewed, once per plan) sits on the plan. Assessments (IPLOS,
// IBIC, VUM) are kept per client so the next review sees the last one.
const QStringList schemaVersion3 = {
    QStringLiteral("DROP INDEX review_steps_open_by_due"),
    QStringLiteral("ALTER TABLE review_steps RENAME TO review_steps_v2"),
    QStringLiteral(R"(CREATE TABLE review_steps (
        id               INTEGER PRIMARY KEY,
        review_id        INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        step_id          TEXT NOT NULL,
        position         INTEGER NOT NULL,
        due_on           TEXT,
        due_set_by_hand  INTEGER NOT NULL DEFAULT 0 CHECK (due_set_by_hand IN (0, 1)),
        responsible_role TEXT,
        done_on          TEXT,
        done_by          INTEGER REFERENCES staff_users(id) ON DELETE RESTRICT,
        notes            TEXT,
        form             TEXT,
        version          INTEGER NOT NULL DEFAULT 1,
        updated_at       TEXT,
        updated_by       INTEGER REFERENCES staff_users(id) ON DELETE RESTRICT,
        UNIQUE (review_id, step_id)
    ))"),
    QStringLiteral("INSERT INTO review_steps(id, review_id, step_id, position, due_on, "
                   "responsible_role, done_on, done_by, notes, form, version, updated_at, "
                   "updated_by) SELECT id, review_id, CASE step_no WHEN 1 THEN 'pre_notice' "
                   "WHEN 2 THEN 'meeting_agreed' WHEN 3 THEN 'meeting_held' "
                   "WHEN 4 THEN 'medical_information' WHEN 5 THEN 'investigation_finished' "
                   "WHEN 6 THEN 'decision_sent' WHEN 7 THEN 'in_force' "
                   "ELSE 'staffing_reviewed' END, step_no, due_on, responsible_role, done_on, "
                   "done_by, notes, form, version, updated_at, updated_by FROM review_steps_v2"),
    QStringLiteral("DROP TABLE review_steps_v2"),
    QStringLiteral("CREATE INDEX review_steps_open_by_due ON review_steps(due_on) "
                   "WHERE done_on IS NULL"),
    QStringLiteral("CREATE INDEX reviews_by_client ON reviews(client_id)"),
    // "Is this decision in an open review?" is asked for every decision the overview and the
    // add-reviews dialog list.
    QStringLiteral("CREATE INDEX reviews_open_by_decision ON reviews(decision_id) "
                   "WHERE closed_on IS NULL"),
    // Decisions that apply, by evaluation date: what is due for review, without walking past
    // the replaced and ended ones (most of an office's decisions in a few years).
    QStringLiteral("CREATE INDEX decisions_applying_by_evaluation ON decisions(evaluation_date) "
                   "WHERE status IN ('approved', 'sent', 'in_force')"),

    QStringLiteral(R"(CREATE TABLE review_plan_caseworkers (
        plan_id INTEGER NOT NULL REFERENCES review_plans(id) ON DELETE CASCADE,
        user_id INTEGER NOT NULL REFERENCES staff_users(id) ON DELETE RESTRICT,
        PRIMARY KEY (plan_id, user_id)
    ) WITHOUT ROWID)"),
    QStringLiteral("ALTER TABLE review_plans ADD COLUMN staffing_due_on TEXT"),
    QStringLiteral("ALTER TABLE review_plans ADD COLUMN staffing_done_on TEXT"),
    QStringLiteral("ALTER TABLE review_plans ADD COLUMN staffing_done_by INTEGER "
                   "REFERENCES staff_users(id) ON DELETE RESTRICT"),
    QStringLiteral("ALTER TABLE review_plans ADD COLUMN staffing_notes TEXT"),
    QStringLiteral("ALTER TABLE review_plan_tasks ADD COLUMN updated_at TEXT"),
    QStringLiteral("ALTER TABLE review_plan_tasks ADD COLUMN updated_by INTEGER "
                   "REFERENCES staff_users(id) ON DELETE RESTRICT"),

    QStringLiteral(R"(CREATE TABLE assessments (
        id          INTEGER PRIMARY KEY,
        client_id   INTEGER NOT NULL REFERENCES clients(id) ON DELETE RESTRICT,
        review_id   INTEGER REFERENCES reviews(id) ON DELETE SET NULL,
        tool        TEXT NOT NULL,
        assessed_on TEXT NOT NULL,
        assessed_by INTEGER REFERENCES staff_users(id) ON DELETE RESTRICT,
        scores      TEXT NOT NULL,
        version     INTEGER NOT NULL DEFAULT 1,
        created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        updated_at  TEXT,
        updated_by  INTEGER REFERENCES staff_users(id) ON DELETE RESTRICT
    ))"),
    QStringLiteral("CREATE INDEX assessments_by_client ON assessments(client_id, assessed_on)"),

    QStringLiteral("ALTER TABLE meeting_participants ADD COLUMN email TEXT"),
    QStringLiteral("ALTER TABLE meeting_participants ADD COLUMN position INTEGER NOT NULL "
                   "DEFAULT 0"),
    QStringLiteral("ALTER TABLE meetings ADD COLUMN agreed_how TEXT"),
    QStringLiteral("ALTER TABLE meetings ADD COLUMN held INTEGER NOT NULL DEFAULT 0 "
                   "CHECK (held IN (0, 1))"),
    QStringLiteral("CREATE INDEX meetings_by_review ON meetings(review_id)"),
    QStringLiteral("CREATE INDEX meetings_by_client ON meetings(client_id)"),
    QStringLiteral("CREATE INDEX meeting_participants_by_user "
                   "ON meeting_participants(staff_user_id)"),
};

// Letters are issued for real. A letter records its language, whom it went to in what role,
// its reference and page count; templates carry a note on what changed, and a saved version is
// kept as it is, like an issued letter. The letters table is rebuilt rather than extended,
// because SQLite reads a column stored after a large BLOB only by walking the BLOB's overflow
// pages: with the PDF last, listing the archive reads no PDF at all. `search_text` holds the
// recipient's name and the reference case-folded by Fremdrift, as clients.search_text does.
const QStringList schemaVersion4 = {
    QStringLiteral("ALTER TABLE templates ADD COLUMN note TEXT"),
    QStringLiteral("CREATE TRIGGER templates_are_immutable BEFORE UPDATE ON templates "
                   "BEGIN SELECT RAISE(ABORT, 'a saved template version cannot be changed'); END"),
    QStringLiteral("CREATE TRIGGER templates_are_kept BEFORE DELETE ON templates "
                   "BEGIN SELECT RAISE(ABORT, 'a saved template version cannot be deleted'); END"),

    QStringLiteral(R"(CREATE TABLE letters_v4 (
        id                INTEGER PRIMARY KEY,
        kind              TEXT NOT NULL,
        template_id       INTEGER NOT NULL REFERENCES templates(id) ON DELETE RESTRICT,
        language          TEXT NOT NULL CHECK (language IN ('nb', 'sv', 'da', 'en')),
        client_id         INTEGER REFERENCES clients(id) ON DELETE RESTRICT,
        decision_id       INTEGER REFERENCES decisions(id) ON DELETE RESTRICT,
        review_id         INTEGER REFERENCES reviews(id) ON DELETE RESTRICT,
        meeting_id        INTEGER REFERENCES meetings(id) ON DELETE RESTRICT,
        recipient_name    TEXT NOT NULL CHECK (length(trim(recipient_name)) > 0),
        -- NULL only for letters issued before schema 4, which did not record it
        recipient_role    TEXT CHECK (recipient_role IN ('client', 'guardian', 'relative',
                                                         'other')),
        recipient_address TEXT,
        copies_to         TEXT,
        reference         TEXT,
        issued_at         TEXT NOT NULL,
        issued_by         INTEGER REFERENCES staff_users(id) ON DELETE RESTRICT,
        page_count        INTEGER NOT NULL DEFAULT 0 CHECK (page_count >= 0),
        sha256            TEXT NOT NULL CHECK (length(sha256) = 64),
        search_text       TEXT NOT NULL DEFAULT '',
        pdf               BLOB NOT NULL
    ))"),
    // Letters issued before schema 4 take their template's language; SQLite's lower() folds
    // ASCII only, which is the best the migration can do for their search text.
    QStringLiteral("INSERT INTO letters_v4(id, kind, template_id, language, client_id, "
                   "decision_id, review_id, meeting_id, recipient_name, recipient_address, "
                   "copies_to, issued_at, issued_by, sha256, search_text, pdf) "
                   "SELECT l.id, l.kind, l.template_id, t.language, l.client_id, l.decision_id, "
                   "l.review_id, l.meeting_id, l.recipient_name, l.recipient_address, "
                   "l.copies_to, l.issued_at, l.issued_by, l.sha256, lower(l.recipient_name), "
                   "l.pdf FROM letters l JOIN templates t ON t.id = l.template_id"),
    QStringLiteral("DROP TRIGGER letters_are_immutable"),
    QStringLiteral("DROP TRIGGER letters_are_kept"),
    QStringLiteral("DROP TABLE letters"),
    QStringLiteral("ALTER TABLE letters_v4 RENAME TO letters"),
    QStringLiteral("CREATE TRIGGER letters_are_immutable BEFORE UPDATE ON letters "
                   "BEGIN SELECT RAISE(ABORT, 'issued letters cannot be changed'); END"),
    QStringLiteral("CREATE TRIGGER letters_are_kept BEFORE DELETE ON letters "
                   "BEGIN SELECT RAISE(ABORT, 'issued letters cannot be deleted'); END"),
    // The archive lists newest first: a client's letters, the whole office's, or those of one
    // decision, review or meeting.
    QStringLiteral("CREATE INDEX letters_by_client ON letters(client_id, issued_at)"),
    QStringLiteral("CREATE INDEX letters_by_issued ON letters(issued_at)"),
    QStringLiteral("CREATE INDEX letters_by_decision ON letters(decision_id)"),
    QStringLiteral("CREATE INDEX letters_by_review ON letters(review_id)"),
    QStringLiteral("CREATE INDEX letters_by_meeting ON letters(meeting_id)"),
};

const std::vector<Migration> allMigrations = {
    {1, schemaVersion1},
    {2, schemaVersion2},
    {3, schemaVersion3},
    {4, schemaVersion4},
};

} // namespace

std::span<const Migration> migrations()
{
    return allMigrations;
}

int latestSchemaVersion()
{
    return allMigrations.back().version;
}

QStringList expectedTables()
{
    return {
        QStringLiteral("settings"),
        QStringLiteral("staff_users"),
        QStringLiteral("units"),
        QStringLiteral("clients"),
        QStringLiteral("contacts"),
        QStringLiteral("decisions"),
        QStringLiteral("decision_services"),
        QStringLiteral("review_plans"),
        QStringLiteral("review_plan_units"),
        QStringLiteral("review_plan_tasks"),
        QStringLiteral("reviews"),
        QStringLiteral("review_steps"),
        QStringLiteral("meetings"),
        QStringLiteral("meeting_participants"),
        QStringLiteral("templates"),
        QStringLiteral("letters"),
        QStringLiteral("audit_log"),
        QStringLiteral("edit_leases"),
        QStringLiteral("presence"),
        QStringLiteral("review_plan_caseworkers"),
        QStringLiteral("assessments"),
    };
}

} // namespace fremdrift
