-- db/schema.sql: the analytics and conflict schemas after all migrations (generated; do not edit).
-- Regenerate: dotnet run --project src/ConflictDb.Cli -- schema-dump

--
--

--
-- Name: analytics; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA analytics;

--
-- Name: conflict; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA conflict;

--
-- Name: dimcaregiver; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.dimcaregiver (
    "Caregiver Id" text NOT NULL,
    "Application Caregiver Id" bigint,
    "Caregiver Code" text,
    "Caregiver Firstname" text,
    "Caregiver Lastname" text,
    "Caregiver Fullname" text,
    "SSN" text,
    "Status" character varying(500),
    "Updated Datatimestamp" timestamp without time zone
);

--
-- Name: TABLE dimcaregiver; Type: COMMENT; Schema: analytics; Owner: -
--

COMMENT ON TABLE analytics.dimcaregiver IS 'ANALYTICS.BI.DIMCAREGIVER: caregivers (SSN, names, status)';

--
-- Name: dimcontract; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.dimcontract (
    "Contract Id" text NOT NULL,
    "Application Contract Id" text,
    "Contract Name" text,
    "Is Active" boolean,
    "Updated Datatimestamp" timestamp without time zone
);

--
-- Name: TABLE dimcontract; Type: COMMENT; Schema: analytics; Owner: -
--

COMMENT ON TABLE analytics.dimcontract IS 'ANALYTICS.BI.DIMCONTRACT: contracts (name, active flag)';

--
-- Name: dimoffice; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.dimoffice (
    "Office Id" text NOT NULL,
    "Application Office Id" text,
    "Office Name" text,
    "Is Active" boolean,
    "Updated Datatimestamp" timestamp without time zone,
    "Federal Tax Number" text,
    "NPI" character varying(100)
);

--
-- Name: TABLE dimoffice; Type: COMMENT; Schema: analytics; Owner: -
--

COMMENT ON TABLE analytics.dimoffice IS 'ANALYTICS.BI.DIMOFFICE: provider offices';

--
-- Name: dimpatient; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.dimpatient (
    "Patient Id" text NOT NULL,
    "Payer Id" text,
    "Application Patient Id" bigint,
    "Patient Firstname" text,
    "Patient Lastname" text,
    "Patient Name" text,
    "Admission Id" character varying(500),
    "Medicaid Number" text,
    "Status" text,
    "Has Visit" boolean,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: TABLE dimpatient; Type: COMMENT; Schema: analytics; Owner: -
--

COMMENT ON TABLE analytics.dimpatient IS 'ANALYTICS.BI.DIMPATIENT: patients (names, admission, Medicaid number, status)';

--
-- Name: dimpatientaddress; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.dimpatientaddress (
    "Patient Address Id" character varying(50) NOT NULL,
    "Application Patient Address Id" bigint,
    "Patient Id" text,
    "Application Patient Id" bigint,
    "Address Type" text,
    "Address Line 1" text,
    "Address Line 2" text,
    "City" text,
    "County" text,
    "Address State" text,
    "Zip Code" text,
    "Primary Address" boolean,
    "Latitude" double precision,
    "Longitude" double precision,
    "Application Created UTC Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone
);

--
-- Name: TABLE dimpatientaddress; Type: COMMENT; Schema: analytics; Owner: -
--

COMMENT ON TABLE analytics.dimpatientaddress IS 'ANALYTICS.BI.DIMPATIENTADDRESS: patient addresses with GPS coordinates';

--
-- Name: dimpayer; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.dimpayer (
    "Payer Id" text NOT NULL,
    "Application Payer Id" text,
    "Payer Name" text,
    "Payer State" text,
    "Is Active" boolean,
    "Is Demo" boolean,
    "Updated Datatimestamp" timestamp without time zone
);

--
-- Name: TABLE dimpayer; Type: COMMENT; Schema: analytics; Owner: -
--

COMMENT ON TABLE analytics.dimpayer IS 'ANALYTICS.BI.DIMPAYER: payers (name, state, active/demo flags)';

--
-- Name: dimpayerprovider; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.dimpayerprovider (
    "Payer Id" character varying(50) NOT NULL,
    "Application Payer Id" character varying(50),
    "Provider Id" character varying(50) NOT NULL,
    "Application Provider Id" character varying(50),
    "Conflict Report Hash" bigint
);

--
-- Name: TABLE dimpayerprovider; Type: COMMENT; Schema: analytics; Owner: -
--

COMMENT ON TABLE analytics.dimpayerprovider IS 'ANALYTICS.BI.DIMPAYERPROVIDER: payer-provider pairs';

--
-- Name: dimprovider; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.dimprovider (
    "Provider Id" text NOT NULL,
    "Application Provider Id" text,
    "Provider Name" text,
    "Address State" text,
    "Federal Tax Number" text,
    "Phone Number 1" text,
    "Is Active" boolean,
    "Is Demo" boolean,
    "Updated Datatimestamp" timestamp without time zone,
    "Environemnt" character varying(50)
);

--
-- Name: TABLE dimprovider; Type: COMMENT; Schema: analytics; Owner: -
--

COMMENT ON TABLE analytics.dimprovider IS 'ANALYTICS.BI.DIMPROVIDER: providers (agencies)';

--
-- Name: dimservicecode; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.dimservicecode (
    "Service Code Id" text NOT NULL,
    "Application Service Code Id" text,
    "Service Code" text,
    "Updated Datatimestamp" timestamp without time zone
);

--
-- Name: TABLE dimservicecode; Type: COMMENT; Schema: analytics; Owner: -
--

COMMENT ON TABLE analytics.dimservicecode IS 'ANALYTICS.BI.DIMSERVICECODE: service codes';

--
-- Name: dimuser; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.dimuser (
    "User Id" text NOT NULL,
    "Application User Id" character varying(50),
    "User Fullname" text,
    "User Email Address" text,
    "Vendor Id" text,
    "Application Vendor Id" text,
    "Aggregator Database Name" text,
    "Conflict Report Hash" bigint
);

--
-- Name: TABLE dimuser; Type: COMMENT; Schema: analytics; Owner: -
--

COMMENT ON TABLE analytics.dimuser IS 'ANALYTICS.BI.DIMUSER: application users (LastUpdatedBy; app login)';

--
-- Name: dimuseroffices; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.dimuseroffices (
    "User Id" text NOT NULL,
    "Office Id" text NOT NULL,
    "Vendor Id" text,
    "Vendor Type" character varying(50),
    "Conflict Report Hash" bigint
);

--
-- Name: TABLE dimuseroffices; Type: COMMENT; Schema: analytics; Owner: -
--

COMMENT ON TABLE analytics.dimuseroffices IS 'ANALYTICS.BI.DIMUSEROFFICES: offices a user may see (app office scoping)';

--
-- Name: factcaregiverabsence; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factcaregiverabsence (
    "Caregiver Vacation Id" numeric(38,5) NOT NULL,
    "Environment" character varying(50) NOT NULL,
    "Global Caregiver Id" text,
    "Office Id" text,
    "Provider Id" text,
    "Start Date" timestamp without time zone,
    "End Date" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone
);

--
-- Name: TABLE factcaregiverabsence; Type: COMMENT; Schema: analytics; Owner: -
--

COMMENT ON TABLE analytics.factcaregiverabsence IS 'ANALYTICS.BI.FACTCAREGIVERABSENCE: caregiver absences (PTO; its procedures are disabled in the original)';

--
-- Name: factcaregiverinservice; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factcaregiverinservice (
    "Application Caregiver Inservice Id" bigint NOT NULL,
    "Environment" character varying(100) NOT NULL,
    "Caregiver Id" text,
    "Provider Id" text,
    "Office Id" text,
    "Inservice start date" timestamp without time zone,
    "Inservice end date" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone
);

--
-- Name: TABLE factcaregiverinservice; Type: COMMENT; Schema: analytics; Owner: -
--

COMMENT ON TABLE analytics.factcaregiverinservice IS 'ANALYTICS.BI.FACTCAREGIVERINSERVICE: caregiver in-service events (TASK_02_1, TASK_03_2)';

--
-- Name: factdatarefreshstatus; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factdatarefreshstatus (
    "MODULE" text,
    "STATUS" text,
    "REFRESH_FINISHED_AT" timestamp without time zone
);

--
-- Name: TABLE factdatarefreshstatus; Type: COMMENT; Schema: analytics; Owner: -
--

COMMENT ON TABLE analytics.factdatarefreshstatus IS 'ANALYTICS.BI.FACTDATAREFRESHSTATUS: refresh log of the analytics modules; the nightly gate reads it';

--
-- Name: factvisitcallperformance_cr; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
)
PARTITION BY RANGE ("Visit Date");

--
-- Name: TABLE factvisitcallperformance_cr; Type: COMMENT; Schema: analytics; Owner: -
--

COMMENT ON TABLE analytics.factvisitcallperformance_cr IS 'ANALYTICS.BI.FACTVISITCALLPERFORMANCE_CR: visits (HHAX, not permanently deleted); monthly partitions on "Visit Date"';

--
-- Name: factvisitcallperformance_cr_default; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_default (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202401; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202401 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202402; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202402 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202403; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202403 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202404; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202404 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202405; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202405 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202406; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202406 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202407; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202407 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202408; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202408 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202409; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202409 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202410; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202410 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202411; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202411 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202412; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202412 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202501; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202501 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202502; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202502 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202503; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202503 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202504; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202504 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202505; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202505 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202506; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202506 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202507; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202507 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202508; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202508 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202509; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202509 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202510; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202510 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202511; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202511 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202512; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202512 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202601; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202601 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202602; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202602 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202603; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202603 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202604; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202604 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202605; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202605 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202606; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202606 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202607; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202607 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202608; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202608 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202609; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202609 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202610; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202610 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202611; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202611 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202612; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202612 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202701; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202701 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202702; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202702 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202703; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202703 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202704; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202704 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202705; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202705 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202706; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202706 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202707; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202707 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202708; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202708 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202709; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202709 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202710; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202710 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202711; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202711 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_cr_p202712; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_cr_p202712 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
)
PARTITION BY RANGE ("Visit Date");

--
-- Name: TABLE factvisitcallperformance_deleted_cr; Type: COMMENT; Schema: analytics; Owner: -
--

COMMENT ON TABLE analytics.factvisitcallperformance_deleted_cr IS 'ANALYTICS.BI.FACTVISITCALLPERFORMANCE_DELETED_CR: permanently deleted visits; monthly partitions on "Visit Date"';

--
-- Name: factvisitcallperformance_deleted_cr_default; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_default (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202401; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202401 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202402; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202402 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202403; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202403 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202404; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202404 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202405; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202405 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202406; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202406 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202407; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202407 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202408; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202408 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202409; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202409 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202410; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202410 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202411; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202411 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202412; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202412 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202501; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202501 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202502; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202502 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202503; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202503 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202504; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202504 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202505; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202505 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202506; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202506 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202507; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202507 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202508; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202508 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202509; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202509 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202510; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202510 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202511; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202511 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202512; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202512 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202601; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202601 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202602; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202602 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202603; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202603 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202604; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202604 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202605; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202605 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202606; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202606 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202607; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202607 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202608; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202608 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202609; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202609 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202610; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202610 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202611; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202611 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202612; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202612 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202701; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202701 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202702; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202702 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202703; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202703 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202704; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202704 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202705; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202705 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202706; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202706 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202707; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202707 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202708; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202708 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202709; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202709 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202710; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202710 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202711; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202711 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: factvisitcallperformance_deleted_cr_p202712; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.factvisitcallperformance_deleted_cr_p202712 (
    "Visit Id" character varying(100) NOT NULL,
    "Application Visit Id" character varying(50),
    "Patient Id" character varying(50),
    "Application Patient Id" bigint,
    "Caregiver Id" character varying(50),
    "Application Caregiver Id" bigint,
    "Provider Id" character varying(50),
    "Application Provider Id" character varying(50),
    "Office Id" character varying(50),
    "Application Office Id" character varying(50),
    "Payer Id" character varying(50),
    "Application Payer Id" bigint,
    "Contract Id" character varying(50),
    "Application Contract Id" character varying(50),
    "Service Code Id" character varying(50),
    "Application Service Code Id" bigint,
    "Payer Patient Id" text,
    "Application Payer Patient Id" bigint,
    "Provider Patient Id" text,
    "Application Provider Patient Id" bigint,
    "Visit Date" timestamp without time zone NOT NULL,
    "Scheduled Start Time" timestamp without time zone,
    "Scheduled End Time" timestamp without time zone,
    "Visit Start Time" timestamp without time zone,
    "Visit End Time" timestamp without time zone,
    "Call In Time" timestamp without time zone,
    "Call In GPS Coordinates" character varying(100),
    "Call Out Time" timestamp without time zone,
    "Call Out GPS Coordinates" character varying(100),
    "Call Out Device Type" character varying(20),
    "Bill Type" text,
    "Billed" character varying(3),
    "Billed Hours" numeric(38,6),
    "Billed Rate" numeric(19,3),
    "Total Billed Amount" numeric(19,3),
    "Bill Rate Non-Billed" numeric(18,6),
    "Invoice Date" timestamp without time zone,
    "Is Missed" boolean,
    "Missed Visit Reason" character varying(500),
    "Visit Updated User Id" character varying(50),
    "Application Visit Updated User Id" character varying(50),
    "Visit Updated Timestamp" timestamp without time zone,
    "Updated Datatimestamp" timestamp without time zone,
    "Conflict Report Hash" bigint
);

--
-- Name: schemaversions; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.schemaversions (
    schemaversionsid integer NOT NULL,
    scriptname character varying(255) NOT NULL,
    applied timestamp without time zone NOT NULL
);

--
-- Name: schemaversions_schemaversionsid_seq; Type: SEQUENCE; Schema: analytics; Owner: -
--

CREATE SEQUENCE analytics.schemaversions_schemaversionsid_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: schemaversions_schemaversionsid_seq; Type: SEQUENCE OWNED BY; Schema: analytics; Owner: -
--

ALTER SEQUENCE analytics.schemaversions_schemaversionsid_seq OWNED BY analytics.schemaversions.schemaversionsid;

--
-- Name: schemaversions_sha256; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.schemaversions_sha256 (
    scriptname character varying(255) NOT NULL,
    sha256 character(64) NOT NULL,
    applied timestamp without time zone NOT NULL
);

--
-- Name: sync_watermarks; Type: TABLE; Schema: analytics; Owner: -
--

CREATE TABLE analytics.sync_watermarks (
    table_name text NOT NULL,
    source_view text NOT NULL,
    watermark timestamp without time zone,
    rows_staged bigint NOT NULL,
    rows_changed bigint NOT NULL,
    full_reload boolean NOT NULL,
    source text NOT NULL,
    synced_at timestamp without time zone NOT NULL
);

--
-- Name: TABLE sync_watermarks; Type: COMMENT; Schema: analytics; Owner: -
--

COMMENT ON TABLE analytics.sync_watermarks IS 'ConflictDb sync: per analytics table, the highest source watermark loaded and the last load';

--
-- Name: conflict_commu_inters; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.conflict_commu_inters (
    id bigint NOT NULL,
    "CONFLICTID" bigint,
    "GroupID" bigint,
    "ReverseUUID" character varying(100),
    "Description" character varying(1000),
    "CommentType" numeric(3,0),
    "Attachmenturl" character varying(500),
    communications_type numeric(3,0),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    created_by bigint,
    updated_by bigint,
    created_by_name character varying(200),
    updated_by_name character varying(200),
    "OriginalFileName" character varying(200),
    "FileSize" bigint
);

--
-- Name: TABLE conflict_commu_inters; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.conflict_commu_inters IS 'Provider/payer communications and internal notes on conflicts, with attachments; TASK_06 adds system messages. Source: CONFLICTREPORT.PUBLIC.CONFLICT_COMMU_INTERS.';

--
-- Name: COLUMN conflict_commu_inters."CONFLICTID"; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON COLUMN conflict.conflict_commu_inters."CONFLICTID" IS 'For provider internal notes';

--
-- Name: COLUMN conflict_commu_inters."GroupID"; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON COLUMN conflict.conflict_commu_inters."GroupID" IS 'for payer login internalnotes';

--
-- Name: COLUMN conflict_commu_inters."ReverseUUID"; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON COLUMN conflict.conflict_commu_inters."ReverseUUID" IS 'For communication';

--
-- Name: COLUMN conflict_commu_inters."CommentType"; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON COLUMN conflict.conflict_commu_inters."CommentType" IS '1 = Communications 2 = Internal Notes';

--
-- Name: COLUMN conflict_commu_inters.communications_type; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON COLUMN conflict.conflict_commu_inters.communications_type IS '1 = Provider 2 = Payer';

--
-- Name: conflict_commu_inters_id_seq; Type: SEQUENCE; Schema: conflict; Owner: -
--

ALTER TABLE conflict.conflict_commu_inters ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME conflict.conflict_commu_inters_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: conflicts; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.conflicts (
    "CONFLICTID" bigint NOT NULL,
    "RECORDEDDATETIME" timestamp without time zone DEFAULT LOCALTIMESTAMP,
    "StatusFlag" character varying(5) DEFAULT 'U'::character varying,
    "NoResponseFlag" character varying(10),
    "NoResponseReasonID" bigint,
    "NoResponseTitle" character varying(500),
    "NoResponseNotes" character varying(500),
    "ResolveDate" timestamp without time zone,
    "CreatedDate" timestamp without time zone,
    "ResolvedBy" character varying(200),
    "NoResponseDate" timestamp without time zone,
    "FlagForReview" character varying(5),
    "FlagForReviewDate" timestamp without time zone,
    "UpdatedRFlag" character varying(5)
);

--
-- Name: TABLE conflicts; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.conflicts IS 'One row per conflict: status (N/U/R/D/W/I), no-response and review flags. CONFLICTID is shared by the CVM rows of the conflict. Source: CONFLICTREPORT.PUBLIC.CONFLICTS.';

--
-- Name: conflicts_CONFLICTID_seq; Type: SEQUENCE; Schema: conflict; Owner: -
--

ALTER TABLE conflict.conflicts ALTER COLUMN "CONFLICTID" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME conflict."conflicts_CONFLICTID_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: conflictvisitmaps; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.conflictvisitmaps (
    "ID" bigint NOT NULL,
    "CONFLICTID" bigint,
    "GroupID" bigint,
    "SSN" character varying(50),
    "ProviderID" character varying(50),
    "AppProviderID" character varying(50),
    "ProviderName" character varying(100),
    "ConProviderID" character varying(50),
    "ConAppProviderID" character varying(50),
    "ConProviderName" character varying(100),
    "VisitID" character varying(50),
    "AppVisitID" character varying(50),
    "ConVisitID" character varying(50),
    "ConAppVisitID" character varying(50),
    "VisitDate" date,
    "SchStartTime" timestamp without time zone,
    "SchEndTime" timestamp without time zone,
    "ConSchStartTime" timestamp without time zone,
    "ConSchEndTime" timestamp without time zone,
    "VisitStartTime" timestamp without time zone,
    "VisitEndTime" timestamp without time zone,
    "ConVisitStartTime" timestamp without time zone,
    "ConVisitEndTime" timestamp without time zone,
    "EVVStartTime" timestamp without time zone,
    "EVVEndTime" timestamp without time zone,
    "ConEVVStartTime" timestamp without time zone,
    "ConEVVEndTime" timestamp without time zone,
    "ShVTSTTime" timestamp without time zone,
    "ShVTENTime" timestamp without time zone,
    "CShVTSTTime" timestamp without time zone,
    "CShVTENTime" timestamp without time zone,
    "CaregiverID" character varying(50),
    "AppCaregiverID" bigint,
    "AideCode" character varying(50),
    "AideName" character varying(101),
    "AideFName" character varying(50),
    "AideLName" character varying(50),
    "AideSSN" character varying(50),
    "AideStatus" character varying(50),
    "ConCaregiverID" character varying(50),
    "ConAppCaregiverID" bigint,
    "ConAideCode" character varying(50),
    "ConAideName" character varying(101),
    "ConAideFName" character varying(50),
    "ConAideLName" character varying(50),
    "ConAideSSN" character varying(50),
    "ConAideStatus" character varying(20),
    "OfficeID" character varying(50),
    "AppOfficeID" character varying(50),
    "Office" character varying(100),
    "ConOfficeID" character varying(50),
    "ConAppOfficeID" character varying(50),
    "ConOffice" character varying(100),
    "PatientID" character varying(50),
    "AppPatientID" numeric(38,5),
    "PAdmissionID" character varying(500),
    "PName" character varying(201),
    "PFName" character varying(100),
    "PLName" character varying(100),
    "PMedicaidNumber" character varying(100),
    "PStatus" character varying(50),
    "PAddressID" character varying(50),
    "PAppAddressID" numeric(38,5),
    "PAddressL1" character varying(500),
    "PAddressL2" character varying(100),
    "PCity" character varying(255),
    "PAddressState" character varying(100),
    "PZipCode" character varying(100),
    "PCounty" character varying(100),
    "PLongitude" character varying(50),
    "PLatitude" character varying(50),
    "ConPatientID" character varying(50),
    "ConAppPatientID" numeric(38,5),
    "ConPAdmissionID" character varying(500),
    "ConPName" character varying(201),
    "ConPFName" character varying(100),
    "ConPLName" character varying(100),
    "ConPMedicaidNumber" character varying(100),
    "ConPStatus" character varying(20),
    "ConPAddressID" character varying(50),
    "ConPAppAddressID" numeric(38,5),
    "ConPAddressL1" character varying(500),
    "ConPAddressL2" character varying(100),
    "ConPCity" character varying(255),
    "ConPAddressState" character varying(100),
    "ConPZipCode" character varying(100),
    "ConPCounty" character varying(100),
    "ConPLongitude" character varying(50),
    "ConPLatitude" character varying(50),
    "PayerID" character varying(50),
    "AppPayerID" character varying(50),
    "Contract" character varying(50),
    "PayerState" character varying(100),
    "ConPayerID" character varying(50),
    "ConAppPayerID" character varying(50),
    "ConContract" character varying(50),
    "ConPayerState" character varying(100),
    "Billed" character varying(3),
    "BilledDate" timestamp without time zone,
    "BilledHours" numeric(38,3),
    "BilledRate" numeric(19,3),
    "TotalBilledAmount" numeric(19,3),
    "BillRateNonBilled" numeric(22,6),
    "BillRateBoth" numeric(22,6),
    "BilledRateMinute" numeric(38,15),
    "RateType" character varying(50),
    "ConBilled" character varying(3),
    "ConBilledDate" timestamp without time zone,
    "ConBilledHours" numeric(38,3),
    "ConBilledRate" numeric(19,3),
    "ConTotalBilledAmount" numeric(19,3),
    "ConBillRateNonBilled" numeric(22,6),
    "ConBillRateBoth" numeric(22,6),
    "ConBilledRateMinute" numeric(38,15),
    "ConRateType" character varying(50),
    "MinuteDiffBetweenSch" numeric(38,0),
    "DistanceMilesFromLatLng" numeric(38,2),
    "AverageMilesPerHour" numeric(38,2),
    "ETATravleMinutes" numeric(38,0),
    "InserviceStartDate" timestamp without time zone,
    "InserviceEndDate" timestamp without time zone,
    "PTOStartDate" timestamp without time zone,
    "PTOEndDate" timestamp without time zone,
    "ServiceCodeID" character varying(50),
    "AppServiceCodeID" bigint,
    "ServiceCode" character varying(50),
    "ConServiceCodeID" character varying(50),
    "ConAppServiceCodeID" bigint,
    "ConServiceCode" character varying(50),
    "SameSchTimeFlag" character varying(5),
    "SameVisitTimeFlag" character varying(5),
    "SchAndVisitTimeSameFlag" character varying(5),
    "SchOverAnotherSchTimeFlag" character varying(5),
    "VisitTimeOverAnotherVisitTimeFlag" character varying(5),
    "SchTimeOverVisitTimeFlag" character varying(5),
    "DistanceFlag" character varying(5),
    "InServiceFlag" character varying(5),
    "PTOFlag" character varying(5),
    "AgencyContact" character varying(100),
    "AgencyPhone" character varying(30),
    "ConAgencyContact" character varying(100),
    "ConAgencyPhone" character varying(30),
    "IsMissed" boolean,
    "MissedVisitReason" character varying(500),
    "EVVType" character varying(20),
    "ConIsMissed" boolean,
    "ConMissedVisitReason" character varying(500),
    "ConEVVType" character varying(20),
    "ConNoResponseFlag" character varying(10),
    "ConNoResponseReasonID" bigint,
    "ConNoResponseTitle" character varying(500),
    "ConNoResponseNotes" character varying(500),
    "P_PatientID" character varying(50),
    "P_AppPatientID" numeric(38,5),
    "P_PAdmissionID" character varying(500),
    "P_PName" character varying(201),
    "P_PAddressID" character varying(50),
    "P_PAppAddressID" numeric(38,5),
    "P_PAddressL1" character varying(500),
    "P_PAddressL2" character varying(100),
    "P_PCity" character varying(255),
    "P_PAddressState" character varying(100),
    "P_PZipCode" character varying(100),
    "P_PCounty" character varying(100),
    "P_PFName" character varying(100),
    "P_PLName" character varying(100),
    "P_PMedicaidNumber" character varying(100),
    "P_PStatus" character varying(50),
    "ConP_PatientID" character varying(50),
    "ConP_AppPatientID" numeric(38,5),
    "ConP_PAdmissionID" character varying(500),
    "ConP_PName" character varying(201),
    "ConP_PAddressID" character varying(50),
    "ConP_PAppAddressID" numeric(38,5),
    "ConP_PAddressL1" character varying(500),
    "ConP_PAddressL2" character varying(100),
    "ConP_PCity" character varying(255),
    "ConP_PAddressState" character varying(100),
    "ConP_PZipCode" character varying(100),
    "ConP_PCounty" character varying(100),
    "ConP_PFName" character varying(100),
    "ConP_PLName" character varying(100),
    "ConP_PMedicaidNumber" character varying(100),
    "ConP_PStatus" character varying(50),
    "PA_PatientID" character varying(50),
    "PA_AppPatientID" numeric(38,5),
    "PA_PAdmissionID" character varying(500),
    "PA_PName" character varying(201),
    "PA_PAddressID" character varying(50),
    "PA_PAppAddressID" numeric(38,5),
    "PA_PAddressL1" character varying(500),
    "PA_PAddressL2" character varying(100),
    "PA_PCity" character varying(255),
    "PA_PAddressState" character varying(100),
    "PA_PZipCode" character varying(100),
    "PA_PCounty" character varying(100),
    "PA_PFName" character varying(100),
    "PA_PLName" character varying(100),
    "PA_PMedicaidNumber" character varying(100),
    "PA_PStatus" character varying(20),
    "ConPA_PatientID" character varying(50),
    "ConPA_AppPatientID" numeric(38,5),
    "ConPA_PAdmissionID" character varying(500),
    "ConPA_PName" character varying(201),
    "ConPA_PAddressID" character varying(50),
    "ConPA_PAppAddressID" numeric(38,5),
    "ConPA_PAddressL1" character varying(500),
    "ConPA_PAddressL2" character varying(100),
    "ConPA_PCity" character varying(255),
    "ConPA_PAddressState" character varying(100),
    "ConPA_PZipCode" character varying(100),
    "ConPA_PCounty" character varying(100),
    "ConPA_PFName" character varying(100),
    "ConPA_PLName" character varying(100),
    "ConPA_PMedicaidNumber" character varying(100),
    "ConPA_PStatus" character varying(20),
    "ContractType" character varying(30),
    "ConContractType" character varying(30),
    "LastUpdatedBy" character varying(100),
    "LastUpdatedDate" timestamp without time zone,
    "ConLastUpdatedBy" character varying(100),
    "ConLastUpdatedDate" timestamp without time zone,
    "CreatedDate" timestamp without time zone DEFAULT LOCALTIMESTAMP,
    "ResolveDate" timestamp without time zone,
    "CRDATEUNIQUE" timestamp without time zone,
    "G_CRDATEUNIQUE" timestamp without time zone,
    "UpdateFlag" bigint,
    "UpdatedDate" timestamp without time zone,
    "StatusFlag" character varying(5) DEFAULT 'U'::character varying,
    "ResolvedBy" character varying(200),
    "TempGroupID" bigint,
    "ReverseUUID" character varying(100),
    "ConNoResponseDate" timestamp without time zone,
    "FederalTaxNumber" character varying(100),
    "ConFederalTaxNumber" character varying(100),
    "ConInserviceStartDate" timestamp without time zone,
    "ConInserviceEndDate" timestamp without time zone,
    "ConPTOStartDate" timestamp without time zone,
    "ConPTOEndDate" timestamp without time zone,
    "FlagForReview" character varying(5),
    "FlagForReviewDate" timestamp without time zone,
    "BILLABLEMINUTESFULLSHIFT" numeric(8,4),
    "BILLABLEUNITSFULLSHIFT" numeric(8,4),
    "BILLABLEMINUTESOVERLAP" numeric(8,4),
    "BILLABLEUNITSOVERLAP" numeric(8,4),
    "FAILEDON" timestamp without time zone
)
WITH (fillfactor='70');

--
-- Name: TABLE conflictvisitmaps; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.conflictvisitmaps IS 'One row per ordered pair of conflicting visits (V1 = VisitID, V2 = ConVisitID): both visits denormalised, the nine conflict flags, billing and distance. Source: CONFLICTREPORT.PUBLIC.CONFLICTVISITMAPS.';

--
-- Name: conflictvisitmaps_ID_seq; Type: SEQUENCE; Schema: conflict; Owner: -
--

ALTER TABLE conflict.conflictvisitmaps ALTER COLUMN "ID" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME conflict."conflictvisitmaps_ID_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: conflictvisitmaps_temp; Type: TABLE; Schema: conflict; Owner: -
--

CREATE UNLOGGED TABLE conflict.conflictvisitmaps_temp (
    "ID" bigint,
    "CONFLICTID" bigint,
    "SSN" character varying(50),
    "ProviderID" character varying(50),
    "AppProviderID" character varying(50),
    "ProviderName" character varying(100),
    "FederalTaxNumber" character varying(100),
    "VisitID" character varying(50),
    "AppVisitID" character varying(50),
    "ConProviderID" character varying(50),
    "ConAppProviderID" character varying(50),
    "ConProviderName" character varying(100),
    "ConFederalTaxNumber" character varying(100),
    "ConVisitID" character varying(50),
    "ConAppVisitID" character varying(50),
    "VisitDate" date,
    "SchStartTime" timestamp without time zone,
    "SchEndTime" timestamp without time zone,
    "ConSchStartTime" timestamp without time zone,
    "ConSchEndTime" timestamp without time zone,
    "VisitStartTime" timestamp without time zone,
    "VisitEndTime" timestamp without time zone,
    "ConVisitStartTime" timestamp without time zone,
    "ConVisitEndTime" timestamp without time zone,
    "EVVStartTime" timestamp without time zone,
    "EVVEndTime" timestamp without time zone,
    "ConEVVStartTime" timestamp without time zone,
    "ConEVVEndTime" timestamp without time zone,
    "CaregiverID" character varying(50),
    "AppCaregiverID" bigint,
    "AideCode" character varying(50),
    "AideName" character varying(101),
    "AideSSN" character varying(50),
    "ConCaregiverID" character varying(50),
    "ConAppCaregiverID" bigint,
    "ConAideCode" character varying(50),
    "ConAideName" character varying(101),
    "ConAideSSN" character varying(50),
    "OfficeID" character varying(50),
    "AppOfficeID" character varying(50),
    "Office" character varying(100),
    "ConOfficeID" character varying(50),
    "ConAppOfficeID" character varying(50),
    "ConOffice" character varying(100),
    "PatientID" character varying(50),
    "AppPatientID" numeric(38,5),
    "PAdmissionID" character varying(500),
    "PName" character varying(201),
    "PAddressID" character varying(50),
    "PAppAddressID" numeric(38,5),
    "PAddressL1" character varying(500),
    "PAddressL2" character varying(100),
    "PCity" character varying(255),
    "PAddressState" character varying(100),
    "PZipCode" character varying(100),
    "PCounty" character varying(100),
    "PLongitude" character varying(50),
    "PLatitude" character varying(50),
    "ConPatientID" character varying(50),
    "ConAppPatientID" numeric(38,5),
    "ConPAdmissionID" character varying(500),
    "ConPName" character varying(201),
    "ConPAddressID" character varying(50),
    "ConPAppAddressID" numeric(38,5),
    "ConPAddressL1" character varying(500),
    "ConPAddressL2" character varying(100),
    "ConPCity" character varying(255),
    "ConPAddressState" character varying(100),
    "ConPZipCode" character varying(100),
    "ConPCounty" character varying(100),
    "ConPLongitude" character varying(50),
    "ConPLatitude" character varying(50),
    "PayerID" character varying(50),
    "AppPayerID" character varying(50),
    "Contract" character varying(50),
    "ConPayerID" character varying(50),
    "ConAppPayerID" character varying(50),
    "ConContract" character varying(50),
    "BilledDate" timestamp without time zone,
    "ConBilledDate" timestamp without time zone,
    "BilledHours" numeric(38,3),
    "ConBilledHours" numeric(38,3),
    "Billed" character varying(3),
    "ConBilled" character varying(3),
    "MinuteDiffBetweenSch" numeric(38,0),
    "DistanceMilesFromLatLng" numeric(38,2),
    "AverageMilesPerHour" numeric(38,2),
    "ETATravleMinutes" numeric(38,0),
    "InserviceStartDate" timestamp without time zone,
    "InserviceEndDate" timestamp without time zone,
    "PTOStartDate" timestamp without time zone,
    "PTOEndDate" timestamp without time zone,
    "ConInserviceStartDate" timestamp without time zone,
    "ConInserviceEndDate" timestamp without time zone,
    "ConPTOStartDate" timestamp without time zone,
    "ConPTOEndDate" timestamp without time zone,
    "ServiceCodeID" character varying(50),
    "AppServiceCodeID" bigint,
    "RateType" character varying(50),
    "ServiceCode" character varying(50),
    "ConServiceCodeID" character varying(50),
    "ConAppServiceCodeID" bigint,
    "ConRateType" character varying(50),
    "ConServiceCode" character varying(50),
    "SameSchTimeFlag" character varying(5),
    "SameVisitTimeFlag" character varying(5),
    "SchAndVisitTimeSameFlag" character varying(5),
    "SchOverAnotherSchTimeFlag" character varying(5),
    "VisitTimeOverAnotherVisitTimeFlag" character varying(5),
    "SchTimeOverVisitTimeFlag" character varying(5),
    "DistanceFlag" character varying(5),
    "InServiceFlag" character varying(5),
    "PTOFlag" character varying(5),
    "StatusFlag" character varying(5) DEFAULT 'U'::character varying,
    "ConStatusFlag" character varying(5) DEFAULT 'U'::character varying,
    "AideFName" character varying(50),
    "AideLName" character varying(50),
    "ConAideFName" character varying(50),
    "ConAideLName" character varying(50),
    "PFName" character varying(100),
    "PLName" character varying(100),
    "ConPFName" character varying(100),
    "ConPLName" character varying(100),
    "PMedicaidNumber" character varying(100),
    "ConPMedicaidNumber" character varying(100),
    "PayerState" character varying(100),
    "ConPayerState" character varying(100),
    "AgencyContact" character varying(100),
    "ConAgencyContact" character varying(100),
    "AgencyPhone" character varying(30),
    "ConAgencyPhone" character varying(30),
    "LastUpdatedBy" character varying(100),
    "ConLastUpdatedBy" character varying(100),
    "LastUpdatedDate" timestamp without time zone,
    "ConLastUpdatedDate" timestamp without time zone,
    "BilledRate" numeric(19,3),
    "TotalBilledAmount" numeric(19,3),
    "ConBilledRate" numeric(19,3),
    "ConTotalBilledAmount" numeric(19,3),
    "IsMissed" boolean,
    "MissedVisitReason" character varying(500),
    "EVVType" character varying(20),
    "ConIsMissed" boolean,
    "ConMissedVisitReason" character varying(500),
    "ConEVVType" character varying(20),
    "PStatus" character varying(50),
    "ConPStatus" character varying(20),
    "AideStatus" character varying(50),
    "ConAideStatus" character varying(20),
    "ConNoResponseFlag" character varying(10),
    "ConNoResponseReasonID" bigint,
    "ConNoResponseTitle" character varying(500),
    "ConNoResponseNotes" character varying(500),
    "LogVisitFlag" numeric(2,0),
    "LogConflictFlag" numeric(2,0),
    "P_PatientID" character varying(50),
    "P_AppPatientID" numeric(38,5),
    "ConP_PatientID" character varying(50),
    "ConP_AppPatientID" numeric(38,5),
    "PA_PatientID" character varying(50),
    "PA_AppPatientID" numeric(38,5),
    "ConPA_PatientID" character varying(50),
    "ConPA_AppPatientID" numeric(38,5),
    "CreatedDate" timestamp without time zone,
    "P_PAdmissionID" character varying(500),
    "P_PName" character varying(201),
    "P_PAddressID" character varying(50),
    "P_PAppAddressID" numeric(38,5),
    "P_PAddressL1" character varying(500),
    "P_PAddressL2" character varying(100),
    "P_PCity" character varying(255),
    "P_PAddressState" character varying(100),
    "P_PZipCode" character varying(100),
    "P_PCounty" character varying(100),
    "P_PFName" character varying(100),
    "P_PLName" character varying(100),
    "P_PMedicaidNumber" character varying(100),
    "P_PStatus" character varying(50),
    "ConP_PAdmissionID" character varying(500),
    "ConP_PName" character varying(201),
    "ConP_PAddressID" character varying(50),
    "ConP_PAppAddressID" numeric(38,5),
    "ConP_PAddressL1" character varying(500),
    "ConP_PAddressL2" character varying(100),
    "ConP_PCity" character varying(255),
    "ConP_PAddressState" character varying(100),
    "ConP_PZipCode" character varying(100),
    "ConP_PCounty" character varying(100),
    "ConP_PFName" character varying(100),
    "ConP_PLName" character varying(100),
    "ConP_PMedicaidNumber" character varying(100),
    "ConP_PStatus" character varying(20),
    "PA_PAdmissionID" character varying(500),
    "PA_PName" character varying(201),
    "PA_PAddressID" character varying(50),
    "PA_PAppAddressID" numeric(38,5),
    "PA_PAddressL1" character varying(500),
    "PA_PAddressL2" character varying(100),
    "PA_PCity" character varying(255),
    "PA_PAddressState" character varying(100),
    "PA_PZipCode" character varying(100),
    "PA_PCounty" character varying(100),
    "PA_PFName" character varying(100),
    "PA_PLName" character varying(100),
    "PA_PMedicaidNumber" character varying(100),
    "PA_PStatus" character varying(50),
    "ConPA_PAdmissionID" character varying(500),
    "ConPA_PName" character varying(201),
    "ConPA_PAddressID" character varying(50),
    "ConPA_PAppAddressID" numeric(38,5),
    "ConPA_PAddressL1" character varying(500),
    "ConPA_PAddressL2" character varying(100),
    "ConPA_PCity" character varying(255),
    "ConPA_PAddressState" character varying(100),
    "ConPA_PZipCode" character varying(100),
    "ConPA_PCounty" character varying(100),
    "ConPA_PFName" character varying(100),
    "ConPA_PLName" character varying(100),
    "ConPA_PMedicaidNumber" character varying(100),
    "ConPA_PStatus" character varying(20),
    "ContractType" character varying(30),
    "ConContractType" character varying(30),
    "BillRateNonBilled" numeric(22,6),
    "ConBillRateNonBilled" numeric(22,6),
    "BillRateBoth" numeric(22,6),
    "ConBillRateBoth" numeric(22,6),
    "FlagForReview" character varying(5),
    "FlagForReviewDate" timestamp without time zone,
    "ConFlagForReview" character varying(5),
    "ConFlagForReviewDate" timestamp without time zone
);

--
-- Name: TABLE conflictvisitmaps_temp; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.conflictvisitmaps_temp IS 'Copy of the conflictvisitmaps rows of the visit window (2 years back, 45 days ahead) that have a conflict, taken by TASK_01 before the night changes them; compared by the log history (TASK_09_0). Rebuilt every night. Source: CONFLICTREPORT.PUBLIC.CONFLICTVISITMAPS_TEMP.';

--
-- Name: contact_maintenance; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.contact_maintenance (
    "ID" bigint NOT NULL,
    "RECORDEDDATETIME" timestamp without time zone DEFAULT LOCALTIMESTAMP,
    "CONTACT_NAME" character varying(255) DEFAULT 'U'::character varying,
    "PHONE" character varying(20),
    "ProviderID" character varying(50),
    "AppProviderID" character varying(50),
    "UPDATED_BY" bigint,
    "UPDATED_AT" timestamp without time zone,
    "PID" character varying(50),
    "APPLICATIONPID" character varying(50)
);

--
-- Name: TABLE contact_maintenance; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.contact_maintenance IS 'Contact name and phone a provider (ProviderID) keeps for another agency (PID); copied into CVM by TASK_07. Source: CONFLICTREPORT.PUBLIC.CONTACT_MAINTENANCE.';

--
-- Name: contact_maintenance_ID_seq; Type: SEQUENCE; Schema: conflict; Owner: -
--

ALTER TABLE conflict.contact_maintenance ALTER COLUMN "ID" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME conflict."contact_maintenance_ID_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: v_payer_conflicts_common; Type: VIEW; Schema: conflict; Owner: -
--

CREATE VIEW conflict.v_payer_conflicts_common AS
 WITH active_payers AS (
         SELECT payer."Payer Id" AS "APID"
           FROM analytics.dimpayer payer
          WHERE ((payer."Is Active" = true) AND (payer."Is Demo" = false))
        ), group_sizes AS (
         SELECT cvm."GroupID",
            count(DISTINCT cvm."CONFLICTID") AS "GROUP_SIZE"
           FROM conflict.conflictvisitmaps cvm
          WHERE ((EXISTS ( SELECT 1
                   FROM active_payers
                  WHERE (active_payers."APID" = (cvm."PayerID")::text))) AND (NOT (((cvm."PTOFlag")::text = 'Y'::text) AND ((cvm."SameSchTimeFlag")::text = 'N'::text) AND ((cvm."SameVisitTimeFlag")::text = 'N'::text) AND ((cvm."SchAndVisitTimeSameFlag")::text = 'N'::text) AND ((cvm."SchOverAnotherSchTimeFlag")::text = 'N'::text) AND ((cvm."VisitTimeOverAnotherVisitTimeFlag")::text = 'N'::text) AND ((cvm."SchTimeOverVisitTimeFlag")::text = 'N'::text) AND ((cvm."DistanceFlag")::text = 'N'::text) AND ((cvm."InServiceFlag")::text = 'N'::text))))
          GROUP BY cvm."GroupID"
        ), visits_in_scope AS (
         SELECT cvm."ID",
            cvm."CONFLICTID",
            cvm."GroupID",
            cvm."SSN",
            cvm."ProviderID",
            cvm."AppProviderID",
            cvm."ProviderName",
            cvm."ConProviderID",
            cvm."ConAppProviderID",
            cvm."ConProviderName",
            cvm."VisitID",
            cvm."AppVisitID",
            cvm."ConVisitID",
            cvm."ConAppVisitID",
            cvm."VisitDate",
            cvm."SchStartTime",
            cvm."SchEndTime",
            cvm."ConSchStartTime",
            cvm."ConSchEndTime",
            cvm."VisitStartTime",
            cvm."VisitEndTime",
            cvm."ConVisitStartTime",
            cvm."ConVisitEndTime",
            cvm."EVVStartTime",
            cvm."EVVEndTime",
            cvm."ConEVVStartTime",
            cvm."ConEVVEndTime",
            cvm."ShVTSTTime",
            cvm."ShVTENTime",
            cvm."CShVTSTTime",
            cvm."CShVTENTime",
            cvm."CaregiverID",
            cvm."AppCaregiverID",
            cvm."AideCode",
            cvm."AideName",
            cvm."AideFName",
            cvm."AideLName",
            cvm."AideSSN",
            cvm."AideStatus",
            cvm."ConCaregiverID",
            cvm."ConAppCaregiverID",
            cvm."ConAideCode",
            cvm."ConAideName",
            cvm."ConAideFName",
            cvm."ConAideLName",
            cvm."ConAideSSN",
            cvm."ConAideStatus",
            cvm."OfficeID",
            cvm."AppOfficeID",
            cvm."Office",
            cvm."ConOfficeID",
            cvm."ConAppOfficeID",
            cvm."ConOffice",
            cvm."PatientID",
            cvm."AppPatientID",
            cvm."PAdmissionID",
            cvm."PName",
            cvm."PFName",
            cvm."PLName",
            cvm."PMedicaidNumber",
            cvm."PStatus",
            cvm."PAddressID",
            cvm."PAppAddressID",
            cvm."PAddressL1",
            cvm."PAddressL2",
            cvm."PCity",
            cvm."PAddressState",
            cvm."PZipCode",
            cvm."PCounty",
            cvm."PLongitude",
            cvm."PLatitude",
            cvm."ConPatientID",
            cvm."ConAppPatientID",
            cvm."ConPAdmissionID",
            cvm."ConPName",
            cvm."ConPFName",
            cvm."ConPLName",
            cvm."ConPMedicaidNumber",
            cvm."ConPStatus",
            cvm."ConPAddressID",
            cvm."ConPAppAddressID",
            cvm."ConPAddressL1",
            cvm."ConPAddressL2",
            cvm."ConPCity",
            cvm."ConPAddressState",
            cvm."ConPZipCode",
            cvm."ConPCounty",
            cvm."ConPLongitude",
            cvm."ConPLatitude",
            cvm."PayerID",
            cvm."AppPayerID",
            cvm."Contract",
            cvm."PayerState",
            cvm."ConPayerID",
            cvm."ConAppPayerID",
            cvm."ConContract",
            cvm."ConPayerState",
            cvm."Billed",
            cvm."BilledDate",
            cvm."BilledHours",
            cvm."BilledRate",
            cvm."TotalBilledAmount",
            cvm."BillRateNonBilled",
            cvm."BillRateBoth",
            cvm."BilledRateMinute",
            cvm."RateType",
            cvm."ConBilled",
            cvm."ConBilledDate",
            cvm."ConBilledHours",
            cvm."ConBilledRate",
            cvm."ConTotalBilledAmount",
            cvm."ConBillRateNonBilled",
            cvm."ConBillRateBoth",
            cvm."ConBilledRateMinute",
            cvm."ConRateType",
            cvm."MinuteDiffBetweenSch",
            cvm."DistanceMilesFromLatLng",
            cvm."AverageMilesPerHour",
            cvm."ETATravleMinutes",
            cvm."InserviceStartDate",
            cvm."InserviceEndDate",
            cvm."PTOStartDate",
            cvm."PTOEndDate",
            cvm."ServiceCodeID",
            cvm."AppServiceCodeID",
            cvm."ServiceCode",
            cvm."ConServiceCodeID",
            cvm."ConAppServiceCodeID",
            cvm."ConServiceCode",
            cvm."SameSchTimeFlag",
            cvm."SameVisitTimeFlag",
            cvm."SchAndVisitTimeSameFlag",
            cvm."SchOverAnotherSchTimeFlag",
            cvm."VisitTimeOverAnotherVisitTimeFlag",
            cvm."SchTimeOverVisitTimeFlag",
            cvm."DistanceFlag",
            cvm."InServiceFlag",
            cvm."PTOFlag",
            cvm."AgencyContact",
            cvm."AgencyPhone",
            cvm."ConAgencyContact",
            cvm."ConAgencyPhone",
            cvm."IsMissed",
            cvm."MissedVisitReason",
            cvm."EVVType",
            cvm."ConIsMissed",
            cvm."ConMissedVisitReason",
            cvm."ConEVVType",
            cvm."ConNoResponseFlag",
            cvm."ConNoResponseReasonID",
            cvm."ConNoResponseTitle",
            cvm."ConNoResponseNotes",
            cvm."P_PatientID",
            cvm."P_AppPatientID",
            cvm."P_PAdmissionID",
            cvm."P_PName",
            cvm."P_PAddressID",
            cvm."P_PAppAddressID",
            cvm."P_PAddressL1",
            cvm."P_PAddressL2",
            cvm."P_PCity",
            cvm."P_PAddressState",
            cvm."P_PZipCode",
            cvm."P_PCounty",
            cvm."P_PFName",
            cvm."P_PLName",
            cvm."P_PMedicaidNumber",
            cvm."P_PStatus",
            cvm."ConP_PatientID",
            cvm."ConP_AppPatientID",
            cvm."ConP_PAdmissionID",
            cvm."ConP_PName",
            cvm."ConP_PAddressID",
            cvm."ConP_PAppAddressID",
            cvm."ConP_PAddressL1",
            cvm."ConP_PAddressL2",
            cvm."ConP_PCity",
            cvm."ConP_PAddressState",
            cvm."ConP_PZipCode",
            cvm."ConP_PCounty",
            cvm."ConP_PFName",
            cvm."ConP_PLName",
            cvm."ConP_PMedicaidNumber",
            cvm."ConP_PStatus",
            cvm."PA_PatientID",
            cvm."PA_AppPatientID",
            cvm."PA_PAdmissionID",
            cvm."PA_PName",
            cvm."PA_PAddressID",
            cvm."PA_PAppAddressID",
            cvm."PA_PAddressL1",
            cvm."PA_PAddressL2",
            cvm."PA_PCity",
            cvm."PA_PAddressState",
            cvm."PA_PZipCode",
            cvm."PA_PCounty",
            cvm."PA_PFName",
            cvm."PA_PLName",
            cvm."PA_PMedicaidNumber",
            cvm."PA_PStatus",
            cvm."ConPA_PatientID",
            cvm."ConPA_AppPatientID",
            cvm."ConPA_PAdmissionID",
            cvm."ConPA_PName",
            cvm."ConPA_PAddressID",
            cvm."ConPA_PAppAddressID",
            cvm."ConPA_PAddressL1",
            cvm."ConPA_PAddressL2",
            cvm."ConPA_PCity",
            cvm."ConPA_PAddressState",
            cvm."ConPA_PZipCode",
            cvm."ConPA_PCounty",
            cvm."ConPA_PFName",
            cvm."ConPA_PLName",
            cvm."ConPA_PMedicaidNumber",
            cvm."ConPA_PStatus",
            cvm."ContractType",
            cvm."ConContractType",
            cvm."LastUpdatedBy",
            cvm."LastUpdatedDate",
            cvm."ConLastUpdatedBy",
            cvm."ConLastUpdatedDate",
            cvm."CreatedDate",
            cvm."ResolveDate",
            cvm."CRDATEUNIQUE",
            cvm."G_CRDATEUNIQUE",
            cvm."UpdateFlag",
            cvm."UpdatedDate",
            cvm."StatusFlag",
            cvm."ResolvedBy",
            cvm."TempGroupID",
            cvm."ReverseUUID",
            cvm."ConNoResponseDate",
            cvm."FederalTaxNumber",
            cvm."ConFederalTaxNumber",
            cvm."ConInserviceStartDate",
            cvm."ConInserviceEndDate",
            cvm."ConPTOStartDate",
            cvm."ConPTOEndDate",
            cvm."FlagForReview",
            cvm."FlagForReviewDate",
            cvm."BILLABLEMINUTESFULLSHIFT",
            cvm."BILLABLEUNITSFULLSHIFT",
            cvm."BILLABLEMINUTESOVERLAP",
            cvm."BILLABLEUNITSOVERLAP",
            cvm."FAILEDON",
            group_sizes."GROUP_SIZE"
           FROM (conflict.conflictvisitmaps cvm
             JOIN group_sizes ON ((group_sizes."GroupID" = cvm."GroupID")))
          WHERE ((EXISTS ( SELECT 1
                   FROM active_payers
                  WHERE (active_payers."APID" = (cvm."PayerID")::text))) AND (NOT (((cvm."PTOFlag")::text = 'Y'::text) AND ((cvm."SameSchTimeFlag")::text = 'N'::text) AND ((cvm."SameVisitTimeFlag")::text = 'N'::text) AND ((cvm."SchAndVisitTimeSameFlag")::text = 'N'::text) AND ((cvm."SchOverAnotherSchTimeFlag")::text = 'N'::text) AND ((cvm."VisitTimeOverAnotherVisitTimeFlag")::text = 'N'::text) AND ((cvm."SchTimeOverVisitTimeFlag")::text = 'N'::text) AND ((cvm."DistanceFlag")::text = 'N'::text) AND ((cvm."InServiceFlag")::text = 'N'::text))))
        ), visits_keyed AS (
         SELECT visits_in_scope."ID",
            visits_in_scope."CONFLICTID",
            visits_in_scope."GroupID",
            visits_in_scope."SSN",
            visits_in_scope."ProviderID",
            visits_in_scope."AppProviderID",
            visits_in_scope."ProviderName",
            visits_in_scope."ConProviderID",
            visits_in_scope."ConAppProviderID",
            visits_in_scope."ConProviderName",
            visits_in_scope."VisitID",
            visits_in_scope."AppVisitID",
            visits_in_scope."ConVisitID",
            visits_in_scope."ConAppVisitID",
            visits_in_scope."VisitDate",
            visits_in_scope."SchStartTime",
            visits_in_scope."SchEndTime",
            visits_in_scope."ConSchStartTime",
            visits_in_scope."ConSchEndTime",
            visits_in_scope."VisitStartTime",
            visits_in_scope."VisitEndTime",
            visits_in_scope."ConVisitStartTime",
            visits_in_scope."ConVisitEndTime",
            visits_in_scope."EVVStartTime",
            visits_in_scope."EVVEndTime",
            visits_in_scope."ConEVVStartTime",
            visits_in_scope."ConEVVEndTime",
            visits_in_scope."ShVTSTTime",
            visits_in_scope."ShVTENTime",
            visits_in_scope."CShVTSTTime",
            visits_in_scope."CShVTENTime",
            visits_in_scope."CaregiverID",
            visits_in_scope."AppCaregiverID",
            visits_in_scope."AideCode",
            visits_in_scope."AideName",
            visits_in_scope."AideFName",
            visits_in_scope."AideLName",
            visits_in_scope."AideSSN",
            visits_in_scope."AideStatus",
            visits_in_scope."ConCaregiverID",
            visits_in_scope."ConAppCaregiverID",
            visits_in_scope."ConAideCode",
            visits_in_scope."ConAideName",
            visits_in_scope."ConAideFName",
            visits_in_scope."ConAideLName",
            visits_in_scope."ConAideSSN",
            visits_in_scope."ConAideStatus",
            visits_in_scope."OfficeID",
            visits_in_scope."AppOfficeID",
            visits_in_scope."Office",
            visits_in_scope."ConOfficeID",
            visits_in_scope."ConAppOfficeID",
            visits_in_scope."ConOffice",
            visits_in_scope."PatientID",
            visits_in_scope."AppPatientID",
            visits_in_scope."PAdmissionID",
            visits_in_scope."PName",
            visits_in_scope."PFName",
            visits_in_scope."PLName",
            visits_in_scope."PMedicaidNumber",
            visits_in_scope."PStatus",
            visits_in_scope."PAddressID",
            visits_in_scope."PAppAddressID",
            visits_in_scope."PAddressL1",
            visits_in_scope."PAddressL2",
            visits_in_scope."PCity",
            visits_in_scope."PAddressState",
            visits_in_scope."PZipCode",
            visits_in_scope."PCounty",
            visits_in_scope."PLongitude",
            visits_in_scope."PLatitude",
            visits_in_scope."ConPatientID",
            visits_in_scope."ConAppPatientID",
            visits_in_scope."ConPAdmissionID",
            visits_in_scope."ConPName",
            visits_in_scope."ConPFName",
            visits_in_scope."ConPLName",
            visits_in_scope."ConPMedicaidNumber",
            visits_in_scope."ConPStatus",
            visits_in_scope."ConPAddressID",
            visits_in_scope."ConPAppAddressID",
            visits_in_scope."ConPAddressL1",
            visits_in_scope."ConPAddressL2",
            visits_in_scope."ConPCity",
            visits_in_scope."ConPAddressState",
            visits_in_scope."ConPZipCode",
            visits_in_scope."ConPCounty",
            visits_in_scope."ConPLongitude",
            visits_in_scope."ConPLatitude",
            visits_in_scope."PayerID",
            visits_in_scope."AppPayerID",
            visits_in_scope."Contract",
            visits_in_scope."PayerState",
            visits_in_scope."ConPayerID",
            visits_in_scope."ConAppPayerID",
            visits_in_scope."ConContract",
            visits_in_scope."ConPayerState",
            visits_in_scope."Billed",
            visits_in_scope."BilledDate",
            visits_in_scope."BilledHours",
            visits_in_scope."BilledRate",
            visits_in_scope."TotalBilledAmount",
            visits_in_scope."BillRateNonBilled",
            visits_in_scope."BillRateBoth",
            visits_in_scope."BilledRateMinute",
            visits_in_scope."RateType",
            visits_in_scope."ConBilled",
            visits_in_scope."ConBilledDate",
            visits_in_scope."ConBilledHours",
            visits_in_scope."ConBilledRate",
            visits_in_scope."ConTotalBilledAmount",
            visits_in_scope."ConBillRateNonBilled",
            visits_in_scope."ConBillRateBoth",
            visits_in_scope."ConBilledRateMinute",
            visits_in_scope."ConRateType",
            visits_in_scope."MinuteDiffBetweenSch",
            visits_in_scope."DistanceMilesFromLatLng",
            visits_in_scope."AverageMilesPerHour",
            visits_in_scope."ETATravleMinutes",
            visits_in_scope."InserviceStartDate",
            visits_in_scope."InserviceEndDate",
            visits_in_scope."PTOStartDate",
            visits_in_scope."PTOEndDate",
            visits_in_scope."ServiceCodeID",
            visits_in_scope."AppServiceCodeID",
            visits_in_scope."ServiceCode",
            visits_in_scope."ConServiceCodeID",
            visits_in_scope."ConAppServiceCodeID",
            visits_in_scope."ConServiceCode",
            visits_in_scope."SameSchTimeFlag",
            visits_in_scope."SameVisitTimeFlag",
            visits_in_scope."SchAndVisitTimeSameFlag",
            visits_in_scope."SchOverAnotherSchTimeFlag",
            visits_in_scope."VisitTimeOverAnotherVisitTimeFlag",
            visits_in_scope."SchTimeOverVisitTimeFlag",
            visits_in_scope."DistanceFlag",
            visits_in_scope."InServiceFlag",
            visits_in_scope."PTOFlag",
            visits_in_scope."AgencyContact",
            visits_in_scope."AgencyPhone",
            visits_in_scope."ConAgencyContact",
            visits_in_scope."ConAgencyPhone",
            visits_in_scope."IsMissed",
            visits_in_scope."MissedVisitReason",
            visits_in_scope."EVVType",
            visits_in_scope."ConIsMissed",
            visits_in_scope."ConMissedVisitReason",
            visits_in_scope."ConEVVType",
            visits_in_scope."ConNoResponseFlag",
            visits_in_scope."ConNoResponseReasonID",
            visits_in_scope."ConNoResponseTitle",
            visits_in_scope."ConNoResponseNotes",
            visits_in_scope."P_PatientID",
            visits_in_scope."P_AppPatientID",
            visits_in_scope."P_PAdmissionID",
            visits_in_scope."P_PName",
            visits_in_scope."P_PAddressID",
            visits_in_scope."P_PAppAddressID",
            visits_in_scope."P_PAddressL1",
            visits_in_scope."P_PAddressL2",
            visits_in_scope."P_PCity",
            visits_in_scope."P_PAddressState",
            visits_in_scope."P_PZipCode",
            visits_in_scope."P_PCounty",
            visits_in_scope."P_PFName",
            visits_in_scope."P_PLName",
            visits_in_scope."P_PMedicaidNumber",
            visits_in_scope."P_PStatus",
            visits_in_scope."ConP_PatientID",
            visits_in_scope."ConP_AppPatientID",
            visits_in_scope."ConP_PAdmissionID",
            visits_in_scope."ConP_PName",
            visits_in_scope."ConP_PAddressID",
            visits_in_scope."ConP_PAppAddressID",
            visits_in_scope."ConP_PAddressL1",
            visits_in_scope."ConP_PAddressL2",
            visits_in_scope."ConP_PCity",
            visits_in_scope."ConP_PAddressState",
            visits_in_scope."ConP_PZipCode",
            visits_in_scope."ConP_PCounty",
            visits_in_scope."ConP_PFName",
            visits_in_scope."ConP_PLName",
            visits_in_scope."ConP_PMedicaidNumber",
            visits_in_scope."ConP_PStatus",
            visits_in_scope."PA_PatientID",
            visits_in_scope."PA_AppPatientID",
            visits_in_scope."PA_PAdmissionID",
            visits_in_scope."PA_PName",
            visits_in_scope."PA_PAddressID",
            visits_in_scope."PA_PAppAddressID",
            visits_in_scope."PA_PAddressL1",
            visits_in_scope."PA_PAddressL2",
            visits_in_scope."PA_PCity",
            visits_in_scope."PA_PAddressState",
            visits_in_scope."PA_PZipCode",
            visits_in_scope."PA_PCounty",
            visits_in_scope."PA_PFName",
            visits_in_scope."PA_PLName",
            visits_in_scope."PA_PMedicaidNumber",
            visits_in_scope."PA_PStatus",
            visits_in_scope."ConPA_PatientID",
            visits_in_scope."ConPA_AppPatientID",
            visits_in_scope."ConPA_PAdmissionID",
            visits_in_scope."ConPA_PName",
            visits_in_scope."ConPA_PAddressID",
            visits_in_scope."ConPA_PAppAddressID",
            visits_in_scope."ConPA_PAddressL1",
            visits_in_scope."ConPA_PAddressL2",
            visits_in_scope."ConPA_PCity",
            visits_in_scope."ConPA_PAddressState",
            visits_in_scope."ConPA_PZipCode",
            visits_in_scope."ConPA_PCounty",
            visits_in_scope."ConPA_PFName",
            visits_in_scope."ConPA_PLName",
            visits_in_scope."ConPA_PMedicaidNumber",
            visits_in_scope."ConPA_PStatus",
            visits_in_scope."ContractType",
            visits_in_scope."ConContractType",
            visits_in_scope."LastUpdatedBy",
            visits_in_scope."LastUpdatedDate",
            visits_in_scope."ConLastUpdatedBy",
            visits_in_scope."ConLastUpdatedDate",
            visits_in_scope."CreatedDate",
            visits_in_scope."ResolveDate",
            visits_in_scope."CRDATEUNIQUE",
            visits_in_scope."G_CRDATEUNIQUE",
            visits_in_scope."UpdateFlag",
            visits_in_scope."UpdatedDate",
            visits_in_scope."StatusFlag",
            visits_in_scope."ResolvedBy",
            visits_in_scope."TempGroupID",
            visits_in_scope."ReverseUUID",
            visits_in_scope."ConNoResponseDate",
            visits_in_scope."FederalTaxNumber",
            visits_in_scope."ConFederalTaxNumber",
            visits_in_scope."ConInserviceStartDate",
            visits_in_scope."ConInserviceEndDate",
            visits_in_scope."ConPTOStartDate",
            visits_in_scope."ConPTOEndDate",
            visits_in_scope."FlagForReview",
            visits_in_scope."FlagForReviewDate",
            visits_in_scope."BILLABLEMINUTESFULLSHIFT",
            visits_in_scope."BILLABLEUNITSFULLSHIFT",
            visits_in_scope."BILLABLEMINUTESOVERLAP",
            visits_in_scope."BILLABLEUNITSOVERLAP",
            visits_in_scope."FAILEDON",
            visits_in_scope."GROUP_SIZE",
                CASE
                    WHEN (((visits_in_scope."AppVisitID")::text COLLATE "C") <= (visits_in_scope."ConAppVisitID")::text) THEN (((visits_in_scope."AppVisitID")::text || '|'::text) || (visits_in_scope."ConAppVisitID")::text)
                    ELSE (((visits_in_scope."ConAppVisitID")::text || '|'::text) || (visits_in_scope."AppVisitID")::text)
                END AS "VISIT_KEY"
           FROM visits_in_scope
        ), canonical_ids AS (
         SELECT visits_keyed."CONFLICTID",
            visits_keyed."VISIT_KEY",
            min(visits_keyed."ID") AS "CANON_ID"
           FROM visits_keyed
          GROUP BY visits_keyed."CONFLICTID", visits_keyed."VISIT_KEY"
        ), visits_enriched AS (
         SELECT visit_row."ID",
            visit_row."CONFLICTID",
            visit_row."GroupID",
            visit_row."FederalTaxNumber",
            visit_row."PayerID",
            visit_row."AppPayerID",
            visit_row."ConPayerID",
            visit_row."Contract",
            visit_row."ContractType",
            visit_row."ConContractType",
            visit_row."ConContract",
            visit_row."ProviderID",
            visit_row."ProviderName",
            visit_row."AgencyContact",
            visit_row."AgencyPhone",
            visit_row."AppVisitID",
            visit_row."ConAppVisitID",
            visit_row."VisitID",
            visit_row."ConVisitID",
            visit_row."CaregiverID",
            visit_row."AppCaregiverID",
            visit_row."AideCode",
            visit_row."AideFName",
            visit_row."AideLName",
            visit_row."AideSSN",
            visit_row."SSN",
            visit_row."PA_PatientID",
            visit_row."PA_PName",
            visit_row."PA_PAdmissionID",
            visit_row."PA_PFName",
            visit_row."PA_PLName",
            visit_row."PA_PMedicaidNumber",
            visit_row."PA_PStatus",
            visit_row."PA_PCounty",
            visit_row."P_PCounty",
            visit_row."VisitDate",
            visit_row."VisitStartTime",
            visit_row."VisitEndTime",
            visit_row."SchStartTime",
            visit_row."SchEndTime",
            visit_row."EVVStartTime",
            visit_row."EVVEndTime",
            visit_row."ShVTSTTime",
            visit_row."ShVTENTime",
            visit_row."CShVTSTTime",
            visit_row."CShVTENTime",
            visit_row."BilledRateMinute",
            visit_row."BilledHours",
            visit_row."BilledDate",
            visit_row."TotalBilledAmount",
            visit_row."Billed",
            visit_row."BILLABLEMINUTESFULLSHIFT",
            visit_row."BILLABLEMINUTESOVERLAP",
            visit_row."SameSchTimeFlag",
            visit_row."SameVisitTimeFlag",
            visit_row."SchAndVisitTimeSameFlag",
            visit_row."SchOverAnotherSchTimeFlag",
            visit_row."VisitTimeOverAnotherVisitTimeFlag",
            visit_row."SchTimeOverVisitTimeFlag",
            visit_row."DistanceFlag",
            visit_row."InServiceFlag",
            visit_row."PTOFlag",
            visit_row."StatusFlag",
            conflict_row."StatusFlag" AS "OrgParentStatusFlag",
            visit_row."FlagForReview",
            visit_row."IsMissed",
            visit_row."MissedVisitReason",
            conflict_row."NoResponseFlag",
            visit_row."ServiceCode",
            visit_row."EVVType",
            visit_row."DistanceMilesFromLatLng",
            visit_row."OfficeID",
            visit_row."Office",
            visit_row."LastUpdatedBy",
            visit_row."LastUpdatedDate",
            visit_row."CRDATEUNIQUE",
            visit_row."G_CRDATEUNIQUE",
            visit_row."GROUP_SIZE",
            visit_row."VISIT_KEY"
           FROM ((visits_keyed visit_row
             JOIN canonical_ids ON ((canonical_ids."CANON_ID" = visit_row."ID")))
             JOIN conflict.conflicts conflict_row ON ((conflict_row."CONFLICTID" = visit_row."CONFLICTID")))
        ), time_and_minutes AS (
         SELECT visits_enriched."ID",
            visits_enriched."CONFLICTID",
            visits_enriched."GroupID",
            visits_enriched."FederalTaxNumber",
            visits_enriched."PayerID",
            visits_enriched."AppPayerID",
            visits_enriched."ConPayerID",
            visits_enriched."Contract",
            visits_enriched."ContractType",
            visits_enriched."ConContractType",
            visits_enriched."ConContract",
            visits_enriched."ProviderID",
            visits_enriched."ProviderName",
            visits_enriched."AgencyContact",
            visits_enriched."AgencyPhone",
            visits_enriched."AppVisitID",
            visits_enriched."ConAppVisitID",
            visits_enriched."VisitID",
            visits_enriched."ConVisitID",
            visits_enriched."CaregiverID",
            visits_enriched."AppCaregiverID",
            visits_enriched."AideCode",
            visits_enriched."AideFName",
            visits_enriched."AideLName",
            visits_enriched."AideSSN",
            visits_enriched."SSN",
            visits_enriched."PA_PatientID",
            visits_enriched."PA_PName",
            visits_enriched."PA_PAdmissionID",
            visits_enriched."PA_PFName",
            visits_enriched."PA_PLName",
            visits_enriched."PA_PMedicaidNumber",
            visits_enriched."PA_PStatus",
            visits_enriched."PA_PCounty",
            visits_enriched."P_PCounty",
            visits_enriched."VisitDate",
            visits_enriched."VisitStartTime",
            visits_enriched."VisitEndTime",
            visits_enriched."SchStartTime",
            visits_enriched."SchEndTime",
            visits_enriched."EVVStartTime",
            visits_enriched."EVVEndTime",
            visits_enriched."ShVTSTTime",
            visits_enriched."ShVTENTime",
            visits_enriched."CShVTSTTime",
            visits_enriched."CShVTENTime",
            visits_enriched."BilledRateMinute",
            visits_enriched."BilledHours",
            visits_enriched."BilledDate",
            visits_enriched."TotalBilledAmount",
            visits_enriched."Billed",
            visits_enriched."BILLABLEMINUTESFULLSHIFT",
            visits_enriched."BILLABLEMINUTESOVERLAP",
            visits_enriched."SameSchTimeFlag",
            visits_enriched."SameVisitTimeFlag",
            visits_enriched."SchAndVisitTimeSameFlag",
            visits_enriched."SchOverAnotherSchTimeFlag",
            visits_enriched."VisitTimeOverAnotherVisitTimeFlag",
            visits_enriched."SchTimeOverVisitTimeFlag",
            visits_enriched."DistanceFlag",
            visits_enriched."InServiceFlag",
            visits_enriched."PTOFlag",
            visits_enriched."StatusFlag",
            visits_enriched."OrgParentStatusFlag",
            visits_enriched."FlagForReview",
            visits_enriched."IsMissed",
            visits_enriched."MissedVisitReason",
            visits_enriched."NoResponseFlag",
            visits_enriched."ServiceCode",
            visits_enriched."EVVType",
            visits_enriched."DistanceMilesFromLatLng",
            visits_enriched."OfficeID",
            visits_enriched."Office",
            visits_enriched."LastUpdatedBy",
            visits_enriched."LastUpdatedDate",
            visits_enriched."CRDATEUNIQUE",
            visits_enriched."G_CRDATEUNIQUE",
            visits_enriched."GROUP_SIZE",
            visits_enriched."VISIT_KEY",
                CASE
                    WHEN (((visits_enriched."SameSchTimeFlag")::text = 'Y'::text) OR ((visits_enriched."SameVisitTimeFlag")::text = 'Y'::text) OR ((visits_enriched."SchAndVisitTimeSameFlag")::text = 'Y'::text) OR ((visits_enriched."SchOverAnotherSchTimeFlag")::text = 'Y'::text) OR ((visits_enriched."VisitTimeOverAnotherVisitTimeFlag")::text = 'Y'::text) OR ((visits_enriched."SchTimeOverVisitTimeFlag")::text = 'Y'::text)) THEN 1
                    ELSE 0
                END AS "HAS_TIME_OVERLAP",
                CASE
                    WHEN ((visits_enriched."DistanceFlag")::text = 'Y'::text) THEN 1
                    ELSE 0
                END AS "HAS_TIME_DISTANCE",
                CASE
                    WHEN ((visits_enriched."InServiceFlag")::text = 'Y'::text) THEN 1
                    ELSE 0
                END AS "HAS_IN_SERVICE",
                CASE
                    WHEN (visits_enriched."BILLABLEMINUTESFULLSHIFT" IS NOT NULL) THEN visits_enriched."BILLABLEMINUTESFULLSHIFT"
                    WHEN ((visits_enriched."ShVTSTTime" IS NOT NULL) AND (visits_enriched."ShVTENTime" IS NOT NULL)) THEN (((EXTRACT(epoch FROM (date_trunc('minute'::text, visits_enriched."ShVTENTime") - date_trunc('minute'::text, visits_enriched."ShVTSTTime"))) / (60)::numeric))::bigint)::numeric
                    ELSE (0)::numeric
                END AS "FULL_SHIFT_MIN",
                CASE
                    WHEN ((visits_enriched."BILLABLEMINUTESOVERLAP" IS NOT NULL) AND ((visits_enriched."GROUP_SIZE" <= 2) OR ((visits_enriched."DistanceFlag")::text = 'Y'::text))) THEN visits_enriched."BILLABLEMINUTESOVERLAP"
                    WHEN ((visits_enriched."ShVTSTTime" IS NOT NULL) AND (visits_enriched."ShVTENTime" IS NOT NULL) AND (visits_enriched."CShVTSTTime" IS NOT NULL) AND (visits_enriched."CShVTENTime" IS NOT NULL)) THEN (GREATEST((0)::bigint, ((EXTRACT(epoch FROM (date_trunc('minute'::text, LEAST(visits_enriched."ShVTENTime", visits_enriched."CShVTENTime")) - date_trunc('minute'::text, GREATEST(visits_enriched."ShVTSTTime", visits_enriched."CShVTSTTime")))) / (60)::numeric))::bigint))::numeric
                    ELSE (0)::numeric
                END AS "OVERLAP_MIN"
           FROM visits_enriched
        ), classified AS (
         SELECT time_and_minutes."ID",
            time_and_minutes."CONFLICTID",
            time_and_minutes."GroupID",
            time_and_minutes."FederalTaxNumber",
            time_and_minutes."PayerID",
            time_and_minutes."AppPayerID",
            time_and_minutes."ConPayerID",
            time_and_minutes."Contract",
            time_and_minutes."ContractType",
            time_and_minutes."ConContractType",
            time_and_minutes."ConContract",
            time_and_minutes."ProviderID",
            time_and_minutes."ProviderName",
            time_and_minutes."AgencyContact",
            time_and_minutes."AgencyPhone",
            time_and_minutes."AppVisitID",
            time_and_minutes."ConAppVisitID",
            time_and_minutes."VisitID",
            time_and_minutes."ConVisitID",
            time_and_minutes."CaregiverID",
            time_and_minutes."AppCaregiverID",
            time_and_minutes."AideCode",
            time_and_minutes."AideFName",
            time_and_minutes."AideLName",
            time_and_minutes."AideSSN",
            time_and_minutes."SSN",
            time_and_minutes."PA_PatientID",
            time_and_minutes."PA_PName",
            time_and_minutes."PA_PAdmissionID",
            time_and_minutes."PA_PFName",
            time_and_minutes."PA_PLName",
            time_and_minutes."PA_PMedicaidNumber",
            time_and_minutes."PA_PStatus",
            time_and_minutes."PA_PCounty",
            time_and_minutes."P_PCounty",
            time_and_minutes."VisitDate",
            time_and_minutes."VisitStartTime",
            time_and_minutes."VisitEndTime",
            time_and_minutes."SchStartTime",
            time_and_minutes."SchEndTime",
            time_and_minutes."EVVStartTime",
            time_and_minutes."EVVEndTime",
            time_and_minutes."ShVTSTTime",
            time_and_minutes."ShVTENTime",
            time_and_minutes."CShVTSTTime",
            time_and_minutes."CShVTENTime",
            time_and_minutes."BilledRateMinute",
            time_and_minutes."BilledHours",
            time_and_minutes."BilledDate",
            time_and_minutes."TotalBilledAmount",
            time_and_minutes."Billed",
            time_and_minutes."BILLABLEMINUTESFULLSHIFT",
            time_and_minutes."BILLABLEMINUTESOVERLAP",
            time_and_minutes."SameSchTimeFlag",
            time_and_minutes."SameVisitTimeFlag",
            time_and_minutes."SchAndVisitTimeSameFlag",
            time_and_minutes."SchOverAnotherSchTimeFlag",
            time_and_minutes."VisitTimeOverAnotherVisitTimeFlag",
            time_and_minutes."SchTimeOverVisitTimeFlag",
            time_and_minutes."DistanceFlag",
            time_and_minutes."InServiceFlag",
            time_and_minutes."PTOFlag",
            time_and_minutes."StatusFlag",
            time_and_minutes."OrgParentStatusFlag",
            time_and_minutes."FlagForReview",
            time_and_minutes."IsMissed",
            time_and_minutes."MissedVisitReason",
            time_and_minutes."NoResponseFlag",
            time_and_minutes."ServiceCode",
            time_and_minutes."EVVType",
            time_and_minutes."DistanceMilesFromLatLng",
            time_and_minutes."OfficeID",
            time_and_minutes."Office",
            time_and_minutes."LastUpdatedBy",
            time_and_minutes."LastUpdatedDate",
            time_and_minutes."CRDATEUNIQUE",
            time_and_minutes."G_CRDATEUNIQUE",
            time_and_minutes."GROUP_SIZE",
            time_and_minutes."VISIT_KEY",
            time_and_minutes."HAS_TIME_OVERLAP",
            time_and_minutes."HAS_TIME_DISTANCE",
            time_and_minutes."HAS_IN_SERVICE",
            time_and_minutes."FULL_SHIFT_MIN",
            time_and_minutes."OVERLAP_MIN",
            COALESCE(time_and_minutes."PA_PCounty", time_and_minutes."P_PCounty") AS "COUNTY",
                CASE ROW(time_and_minutes."HAS_TIME_OVERLAP", time_and_minutes."HAS_TIME_DISTANCE", time_and_minutes."HAS_IN_SERVICE")
                    WHEN ROW(1, 0, 0) THEN 'only_to'::text
                    WHEN ROW(0, 1, 0) THEN 'only_td'::text
                    WHEN ROW(0, 0, 1) THEN 'only_is'::text
                    WHEN ROW(1, 1, 0) THEN 'both_to_td'::text
                    WHEN ROW(1, 0, 1) THEN 'both_to_is'::text
                    WHEN ROW(0, 1, 1) THEN 'both_td_is'::text
                    WHEN ROW(1, 1, 1) THEN 'all_to_td_is'::text
                    ELSE NULL::text
                END AS "CONTYPE",
                CASE
                    WHEN (time_and_minutes."HAS_TIME_OVERLAP" = 1) THEN '100'::text
                    WHEN (time_and_minutes."HAS_TIME_DISTANCE" = 1) THEN '7'::text
                    WHEN (time_and_minutes."HAS_IN_SERVICE" = 1) THEN '8'::text
                    ELSE NULL::text
                END AS "CONTYPEOLD",
                CASE
                    WHEN (time_and_minutes."BilledRateMinute" > (0)::numeric) THEN (time_and_minutes."FULL_SHIFT_MIN" * time_and_minutes."BilledRateMinute")
                    ELSE (0)::numeric
                END AS "FULL_SHIFT_AMOUNT",
                CASE
                    WHEN (time_and_minutes."BilledRateMinute" > (0)::numeric) THEN (time_and_minutes."OVERLAP_MIN" * time_and_minutes."BilledRateMinute")
                    ELSE (0)::numeric
                END AS "OVERLAP_AMOUNT",
                CASE
                    WHEN ((time_and_minutes."Billed")::text = 'yes'::text) THEN 'Recovery'::text
                    ELSE 'Avoidance'::text
                END AS "COSTTYPE",
                CASE
                    WHEN (time_and_minutes."VisitStartTime" IS NULL) THEN 'Scheduled'::text
                    WHEN ((COALESCE(time_and_minutes."Billed", 'no'::character varying))::text <> 'yes'::text) THEN 'Confirmed'::text
                    ELSE 'Billed'::text
                END AS "VISITTYPE"
           FROM time_and_minutes
        )
 SELECT classified."ID",
    classified."CONFLICTID",
    classified."GroupID",
    classified."FederalTaxNumber",
    classified."PayerID",
    classified."AppPayerID",
    classified."ConPayerID",
    classified."Contract",
    classified."ContractType",
    classified."ConContractType",
    classified."ConContract",
    classified."ProviderID",
    classified."ProviderName",
    classified."AgencyContact",
    classified."AgencyPhone",
    classified."AppVisitID",
    classified."ConAppVisitID",
    classified."VisitID",
    classified."ConVisitID",
    classified."CaregiverID",
    classified."AppCaregiverID",
    classified."AideCode",
    classified."AideFName",
    classified."AideLName",
    classified."AideSSN",
    classified."SSN",
    classified."PA_PatientID",
    classified."PA_PName",
    classified."PA_PAdmissionID",
    classified."PA_PFName",
    classified."PA_PLName",
    classified."PA_PMedicaidNumber",
    classified."PA_PStatus",
    classified."PA_PCounty",
    classified."P_PCounty",
    classified."VisitDate",
    classified."VisitStartTime",
    classified."VisitEndTime",
    classified."SchStartTime",
    classified."SchEndTime",
    classified."EVVStartTime",
    classified."EVVEndTime",
    classified."ShVTSTTime",
    classified."ShVTENTime",
    classified."CShVTSTTime",
    classified."CShVTENTime",
    classified."BilledRateMinute",
    classified."BilledHours",
    classified."BilledDate",
    classified."TotalBilledAmount",
    classified."Billed",
    classified."BILLABLEMINUTESFULLSHIFT",
    classified."BILLABLEMINUTESOVERLAP",
    classified."SameSchTimeFlag",
    classified."SameVisitTimeFlag",
    classified."SchAndVisitTimeSameFlag",
    classified."SchOverAnotherSchTimeFlag",
    classified."VisitTimeOverAnotherVisitTimeFlag",
    classified."SchTimeOverVisitTimeFlag",
    classified."DistanceFlag",
    classified."InServiceFlag",
    classified."PTOFlag",
    classified."StatusFlag",
    classified."OrgParentStatusFlag",
    classified."FlagForReview",
    classified."IsMissed",
    classified."MissedVisitReason",
    classified."NoResponseFlag",
    classified."ServiceCode",
    classified."EVVType",
    classified."DistanceMilesFromLatLng",
    classified."OfficeID",
    classified."Office",
    classified."LastUpdatedBy",
    classified."LastUpdatedDate",
    classified."CRDATEUNIQUE",
    classified."G_CRDATEUNIQUE",
    classified."GROUP_SIZE",
    classified."VISIT_KEY",
    classified."HAS_TIME_OVERLAP",
    classified."HAS_TIME_DISTANCE",
    classified."HAS_IN_SERVICE",
    classified."FULL_SHIFT_MIN",
    classified."OVERLAP_MIN",
    classified."COUNTY",
    classified."CONTYPE",
    classified."CONTYPEOLD",
    classified."FULL_SHIFT_AMOUNT",
    classified."OVERLAP_AMOUNT",
        CASE
            WHEN ((classified."StatusFlag")::text = 'R'::text) THEN classified."OVERLAP_AMOUNT"
            ELSE (0)::numeric
        END AS "FINAL_AMOUNT",
    classified."COSTTYPE",
    classified."VISITTYPE"
   FROM classified
  WHERE (classified."CONTYPE" IS NOT NULL);

--
-- Name: VIEW v_payer_conflicts_common; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON VIEW conflict.v_payer_conflicts_common IS 'Port of CONFLICTREPORT.PUBLIC.V_PAYER_CONFLICTS_COMMON: one canonical CVM row per (CONFLICTID, VISIT_KEY) of an active payer, with conflict type, minutes and amounts.';

--
-- Name: dt_payer_conflicts_common; Type: VIEW; Schema: conflict; Owner: -
--

CREATE VIEW conflict.dt_payer_conflicts_common AS
 SELECT v_payer_conflicts_common."ID",
    v_payer_conflicts_common."CONFLICTID",
    v_payer_conflicts_common."GroupID",
    v_payer_conflicts_common."FederalTaxNumber",
    v_payer_conflicts_common."PayerID",
    v_payer_conflicts_common."AppPayerID",
    v_payer_conflicts_common."ConPayerID",
    v_payer_conflicts_common."Contract",
    v_payer_conflicts_common."ContractType",
    v_payer_conflicts_common."ConContractType",
    v_payer_conflicts_common."ConContract",
    v_payer_conflicts_common."ProviderID",
    v_payer_conflicts_common."ProviderName",
    v_payer_conflicts_common."AgencyContact",
    v_payer_conflicts_common."AgencyPhone",
    v_payer_conflicts_common."AppVisitID",
    v_payer_conflicts_common."ConAppVisitID",
    v_payer_conflicts_common."VisitID",
    v_payer_conflicts_common."ConVisitID",
    v_payer_conflicts_common."CaregiverID",
    v_payer_conflicts_common."AppCaregiverID",
    v_payer_conflicts_common."AideCode",
    v_payer_conflicts_common."AideFName",
    v_payer_conflicts_common."AideLName",
    v_payer_conflicts_common."AideSSN",
    v_payer_conflicts_common."SSN",
    v_payer_conflicts_common."PA_PatientID",
    v_payer_conflicts_common."PA_PName",
    v_payer_conflicts_common."PA_PAdmissionID",
    v_payer_conflicts_common."PA_PFName",
    v_payer_conflicts_common."PA_PLName",
    v_payer_conflicts_common."PA_PMedicaidNumber",
    v_payer_conflicts_common."PA_PStatus",
    v_payer_conflicts_common."PA_PCounty",
    v_payer_conflicts_common."P_PCounty",
    v_payer_conflicts_common."VisitDate",
    v_payer_conflicts_common."VisitStartTime",
    v_payer_conflicts_common."VisitEndTime",
    v_payer_conflicts_common."SchStartTime",
    v_payer_conflicts_common."SchEndTime",
    v_payer_conflicts_common."EVVStartTime",
    v_payer_conflicts_common."EVVEndTime",
    v_payer_conflicts_common."ShVTSTTime",
    v_payer_conflicts_common."ShVTENTime",
    v_payer_conflicts_common."CShVTSTTime",
    v_payer_conflicts_common."CShVTENTime",
    v_payer_conflicts_common."BilledRateMinute",
    v_payer_conflicts_common."BilledHours",
    v_payer_conflicts_common."BilledDate",
    v_payer_conflicts_common."TotalBilledAmount",
    v_payer_conflicts_common."Billed",
    v_payer_conflicts_common."BILLABLEMINUTESFULLSHIFT",
    v_payer_conflicts_common."BILLABLEMINUTESOVERLAP",
    v_payer_conflicts_common."SameSchTimeFlag",
    v_payer_conflicts_common."SameVisitTimeFlag",
    v_payer_conflicts_common."SchAndVisitTimeSameFlag",
    v_payer_conflicts_common."SchOverAnotherSchTimeFlag",
    v_payer_conflicts_common."VisitTimeOverAnotherVisitTimeFlag",
    v_payer_conflicts_common."SchTimeOverVisitTimeFlag",
    v_payer_conflicts_common."DistanceFlag",
    v_payer_conflicts_common."InServiceFlag",
    v_payer_conflicts_common."PTOFlag",
    v_payer_conflicts_common."StatusFlag",
    v_payer_conflicts_common."OrgParentStatusFlag",
    v_payer_conflicts_common."FlagForReview",
    v_payer_conflicts_common."IsMissed",
    v_payer_conflicts_common."MissedVisitReason",
    v_payer_conflicts_common."NoResponseFlag",
    v_payer_conflicts_common."ServiceCode",
    v_payer_conflicts_common."EVVType",
    v_payer_conflicts_common."DistanceMilesFromLatLng",
    v_payer_conflicts_common."OfficeID",
    v_payer_conflicts_common."Office",
    v_payer_conflicts_common."LastUpdatedBy",
    v_payer_conflicts_common."LastUpdatedDate",
    v_payer_conflicts_common."CRDATEUNIQUE",
    v_payer_conflicts_common."G_CRDATEUNIQUE",
    v_payer_conflicts_common."GROUP_SIZE",
    v_payer_conflicts_common."VISIT_KEY",
    v_payer_conflicts_common."HAS_TIME_OVERLAP",
    v_payer_conflicts_common."HAS_TIME_DISTANCE",
    v_payer_conflicts_common."HAS_IN_SERVICE",
    v_payer_conflicts_common."FULL_SHIFT_MIN",
    v_payer_conflicts_common."OVERLAP_MIN",
    v_payer_conflicts_common."COUNTY",
    v_payer_conflicts_common."CONTYPE",
    v_payer_conflicts_common."CONTYPEOLD",
    v_payer_conflicts_common."FULL_SHIFT_AMOUNT",
    v_payer_conflicts_common."OVERLAP_AMOUNT",
    v_payer_conflicts_common."FINAL_AMOUNT",
    v_payer_conflicts_common."COSTTYPE",
    v_payer_conflicts_common."VISITTYPE"
   FROM conflict.v_payer_conflicts_common;

--
-- Name: VIEW dt_payer_conflicts_common; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON VIEW conflict.dt_payer_conflicts_common IS 'Stand-in for the dynamic table CONFLICTREPORT.PUBLIC.DT_PAYER_CONFLICTS_COMMON (SELECT * FROM V_PAYER_CONFLICTS_COMMON): a plain view for now; materialising it is a later performance decision. Read by TASK_11, TASK_12, TASK_13.';

--
-- Name: excluded_agency; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.excluded_agency (
    "ID" bigint NOT NULL,
    "AgencyName" character varying(100),
    "ProviderID" character varying(50),
    "AppProviderID" character varying(50)
);

--
-- Name: TABLE excluded_agency; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.excluded_agency IS 'Providers excluded from conflict detection. Source: CONFLICTREPORT.PUBLIC.EXCLUDED_AGENCY.';

--
-- Name: excluded_agency_ID_seq; Type: SEQUENCE; Schema: conflict; Owner: -
--

ALTER TABLE conflict.excluded_agency ALTER COLUMN "ID" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME conflict."excluded_agency_ID_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: excluded_ssn; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.excluded_ssn (
    "ID" bigint NOT NULL,
    "SSN" character varying(50)
);

--
-- Name: TABLE excluded_ssn; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.excluded_ssn IS 'Caregiver SSNs excluded from conflict detection. Source: CONFLICTREPORT.PUBLIC.EXCLUDED_SSN.';

--
-- Name: excluded_ssn_ID_seq; Type: SEQUENCE; Schema: conflict; Owner: -
--

ALTER TABLE conflict.excluded_ssn ALTER COLUMN "ID" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME conflict."excluded_ssn_ID_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: failed_api_logs; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.failed_api_logs (
    "APPVISITID" bigint,
    "APPPAYERID" bigint,
    "CONTRACT_ID_INTERNAL" bigint,
    "PAYLOAD" text,
    "RESPONSE" text,
    "FAILURE_TYPE" text,
    "ERROR_MESSAGE" text,
    "CONFLICTID" bigint NOT NULL
);

--
-- Name: TABLE failed_api_logs; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.failed_api_logs IS 'Revenue-API calls of the billable-units step that failed, one row per CONFLICTID. Source: CONFLICTREPORT.PUBLIC.FAILED_API_LOGS.';

--
-- Name: govbodiespayers; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.govbodiespayers (
    "ID" bigint NOT NULL,
    "PayerID" character varying(50),
    "AppPayerID" character varying(50),
    "UserID" bigint,
    "PAYER_NAME" character varying(100),
    "STATUS_NAME" character varying(50),
    "CREATED_AT" timestamp without time zone,
    "UPDATED_AT" timestamp without time zone DEFAULT LOCALTIMESTAMP
);

--
-- Name: TABLE govbodiespayers; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.govbodiespayers IS 'Payers a government/aggregator user may see. Source: CONFLICTREPORT.PUBLIC.GOVBODIESPAYERS.';

--
-- Name: govbodiespayers_ID_seq; Type: SEQUENCE; Schema: conflict; Owner: -
--

ALTER TABLE conflict.govbodiespayers ALTER COLUMN "ID" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME conflict."govbodiespayers_ID_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: log_fields; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.log_fields (
    "ID" bigint NOT NULL,
    "FieldName" character varying(50),
    "FieldDisplayValue" character varying(50),
    "FieldFor" character varying(10),
    "FieldType" character varying(10),
    "RestrictedFlag" numeric(2,0),
    "NotShowInDropDown" numeric(2,0),
    "HideColumnFlag" numeric(2,0),
    "HideHidePayerFlag" numeric(2,0),
    "HideForProviderFlag" numeric(2,0)
);

--
-- Name: TABLE log_fields; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.log_fields IS 'Catalogue of the CVM fields tracked by the log history (LOG_HISTORY_VALUES."LogID" refers to "ID"). Source: CONFLICTREPORT.PUBLIC.LOG_FIELDS.';

--
-- Name: log_fields_ID_seq; Type: SEQUENCE; Schema: conflict; Owner: -
--

ALTER TABLE conflict.log_fields ALTER COLUMN "ID" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME conflict."log_fields_ID_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: log_history; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.log_history (
    "ID" bigint NOT NULL,
    "CONID" bigint,
    "CreatedDateTime" timestamp without time zone DEFAULT LOCALTIMESTAMP,
    "LogTypeFlag" character varying(10)
);

--
-- Name: TABLE log_history; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.log_history IS 'Change-history header: one row per CVM row (CONID = conflictvisitmaps."ID") and night with a logged change. Source: CONFLICTREPORT.PUBLIC.LOG_HISTORY.';

--
-- Name: log_history_ID_seq; Type: SEQUENCE; Schema: conflict; Owner: -
--

ALTER TABLE conflict.log_history ALTER COLUMN "ID" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME conflict."log_history_ID_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: log_history_values; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.log_history_values (
    "ID" bigint NOT NULL,
    "LHID" bigint,
    "LogID" bigint,
    "OldValue" text,
    "NewValue" text,
    "VisitID" character varying(50),
    "AppVisitID" character varying(50)
);

--
-- Name: TABLE log_history_values; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.log_history_values IS 'Change-history detail: old and new value of one field (LogID = log_fields."ID") under a header (LHID = log_history."ID"). Source: CONFLICTREPORT.PUBLIC.LOG_HISTORY_VALUES.';

--
-- Name: log_history_values_ID_seq; Type: SEQUENCE; Schema: conflict; Owner: -
--

ALTER TABLE conflict.log_history_values ALTER COLUMN "ID" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME conflict."log_history_values_ID_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: log_history_values_temp; Type: TABLE; Schema: conflict; Owner: -
--

CREATE UNLOGGED TABLE conflict.log_history_values_temp (
    "CONID" bigint NOT NULL,
    "LogID" bigint,
    "OldValue" text,
    "NewValue" text,
    "VisitID" character varying(50),
    "AppVisitID" character varying(50)
);

--
-- Name: TABLE log_history_values_temp; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.log_history_values_temp IS 'Work table of TASK_09_0: changed values before their header rows exist; emptied before and after use. Source: CONFLICTREPORT.PUBLIC.LOG_HISTORY_VALUES_TEMP.';

--
-- Name: mph; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.mph (
    "ID" bigint NOT NULL,
    "RECORDEDDATETIME" timestamp without time zone DEFAULT LOCALTIMESTAMP,
    "TYPE" character varying(50),
    "From" numeric(38,0),
    "To" numeric(38,0),
    "AverageMilesPerHour" numeric(38,0)
);

--
-- Name: TABLE mph; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.mph IS 'Distance bands in whole miles ("From".."To", inclusive) with the average speed used for the travel-time (distance) rule. Source: CONFLICTREPORT.PUBLIC.MPH.';

--
-- Name: mph_ID_seq; Type: SEQUENCE; Schema: conflict; Owner: -
--

ALTER TABLE conflict.mph ALTER COLUMN "ID" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME conflict."mph_ID_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: noresponsereasons; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.noresponsereasons (
    "ID" bigint NOT NULL,
    "Title" character varying(500),
    "Description" character varying(500)
);

--
-- Name: TABLE noresponsereasons; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.noresponsereasons IS 'Lookup of no-response reasons offered by the web app. Source: CONFLICTREPORT.PUBLIC.NORESPONSEREASONS.';

--
-- Name: noresponsereasons_ID_seq; Type: SEQUENCE; Schema: conflict; Owner: -
--

ALTER TABLE conflict.noresponsereasons ALTER COLUMN "ID" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME conflict."noresponsereasons_ID_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: notifications; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.notifications (
    "ID" bigint NOT NULL,
    "CONFLICTID" bigint,
    "ProviderID" character varying(50),
    "AppProviderID" character varying(50),
    "NotificationType" character varying(50),
    "CreatedDate" date,
    "CreatedDateTime" timestamp without time zone,
    "ReadUnreadFlag" numeric(3,0),
    "Contract" character varying(100)
);

--
-- Name: TABLE notifications; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.notifications IS 'New/unresolved-conflict notifications per provider, written by TASK_05/06; the app sets ReadUnreadFlag. Source: CONFLICTREPORT.PUBLIC.NOTIFICATIONS.';

--
-- Name: notifications_ID_seq; Type: SEQUENCE; Schema: conflict; Owner: -
--

ALTER TABLE conflict.notifications ALTER COLUMN "ID" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME conflict."notifications_ID_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: pairing_detected; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.pairing_detected (
    "VisitID" character varying(100) NOT NULL,
    "ConVisitID" character varying(100) NOT NULL,
    "SSN" text NOT NULL,
    "VisitDate" date NOT NULL
);

--
-- Name: TABLE pairing_detected; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.pairing_detected IS 'ConflictDb: the pairs the last pairing detected (TASK_02_0 rules), per (SSN, date) group (stage 0200).';

--
-- Name: pairing_runs; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.pairing_runs (
    run_id bigint NOT NULL,
    as_of timestamp without time zone NOT NULL,
    mode character varying(8) NOT NULL,
    reason text NOT NULL,
    baseline_run_id bigint,
    visits_through timestamp without time zone,
    caregivers_through timestamp without time zone,
    providers_through timestamp without time zone,
    offices_through timestamp without time zone,
    patients_through timestamp without time zone,
    patient_addresses_through timestamp without time zone,
    payers_through timestamp without time zone,
    contracts_through timestamp without time zone,
    service_codes_through timestamp without time zone,
    reference_digest character varying(32) NOT NULL,
    changed_visits bigint,
    scope_groups bigint,
    completed boolean DEFAULT false NOT NULL,
    deleted_visits_through timestamp without time zone,
    visits_full_sync_at timestamp without time zone,
    CONSTRAINT pairing_runs_mode_check CHECK (((mode)::text = ANY ((ARRAY['full'::character varying, 'delta'::character varying, 'partial'::character varying])::text[])))
);

--
-- Name: TABLE pairing_runs; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.pairing_runs IS 'ConflictDb: per run, the pairing mode (full or delta), why, and the inputs it saw (stage 0150).';

--
-- Name: pairing_scope; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.pairing_scope (
    run_id bigint NOT NULL,
    "SSN" text NOT NULL,
    "VisitDate" date NOT NULL
);

--
-- Name: TABLE pairing_scope; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.pairing_scope IS 'ConflictDb: the dirty (trimmed SSN, visit date) groups a delta run pairs again (stage 0150).';

--
-- Name: pairing_user_snapshot; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.pairing_user_snapshot (
    "User Id" text NOT NULL,
    "User Fullname" text
);

--
-- Name: TABLE pairing_user_snapshot; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.pairing_user_snapshot IS 'ConflictDb: analytics.dimuser names as the last pairing saw them (dimuser has no change stamp).';

--
-- Name: payer_conflict_summary_count; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.payer_conflict_summary_count (
    "PAYERID" character varying(50),
    "PROVIDERID" character varying(50),
    "CONPAYERID" character varying(50),
    "PROVIDER_NAME" character varying(100),
    "TIN" character varying(100),
    "CONTRACT" character varying(100),
    "PATIENT_FNAME" character varying(100),
    "PATIENT_LNAME" character varying(100),
    "ADMISSIONID" character varying(100),
    "CAREGIVER_NAME" character varying(100),
    "CONTYPE" character varying(50),
    "CONTYPEDESC" character varying(100),
    "VISITDATE" date,
    "CRDATEUNIQUE" date,
    "STATUSFLAG" character varying(5),
    "VISIT_KEY" character varying(100)
);

--
-- Name: TABLE payer_conflict_summary_count; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.payer_conflict_summary_count IS 'Payer drill-down lists (provider, caregiver, patient, payer): conflicting visit pairs with their attributes. Rebuilt (TRUNCATE + INSERT) by TASK_13 every night. Source: CONFLICTREPORT.PUBLIC.PAYER_CONFLICT_SUMMARY_COUNT.';

--
-- Name: payer_conflict_summary_impact; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.payer_conflict_summary_impact (
    "PAYERID" character varying(50),
    "PROVIDERID" character varying(50),
    "CONPAYERID" character varying(50),
    "PROVIDER_NAME" character varying(100),
    "TIN" character varying(100),
    "CONTRACT" character varying(100),
    "PATIENT_FNAME" character varying(100),
    "PATIENT_LNAME" character varying(100),
    "ADMISSIONID" character varying(100),
    "CAREGIVER_NAME" character varying(100),
    "CONTYPE" character varying(50),
    "CONTYPEDESC" character varying(100),
    "VISITDATE" date,
    "CRDATEUNIQUE" date,
    "STATUSFLAG" character varying(5),
    "CON_SP" numeric(38,2),
    "CON_OP" numeric(38,2),
    "CON_FP" numeric(38,2)
);

--
-- Name: TABLE payer_conflict_summary_impact; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.payer_conflict_summary_impact IS 'Payer drill-down lists: amounts with the same attributes. Rebuilt (TRUNCATE + INSERT) by TASK_13 every night. Source: CONFLICTREPORT.PUBLIC.PAYER_CONFLICT_SUMMARY_IMPACT.';

--
-- Name: payer_dashboard_agency_count; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.payer_dashboard_agency_count (
    "PAYERID" character varying(50),
    "VISITDATE" date,
    "PROVIDERID" character varying(50),
    "P_NAME" character varying(100),
    "TIN" character varying(100),
    "VISIT_KEY" character varying(100)
);

--
-- Name: TABLE payer_dashboard_agency_count; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.payer_dashboard_agency_count IS 'Payer dashboard: conflicting visit pairs per agency and visit date. Rebuilt (TRUNCATE + INSERT) by TASK_11 every night. Source: CONFLICTREPORT.PUBLIC.PAYER_DASHBOARD_AGENCY_COUNT.';

--
-- Name: payer_dashboard_agency_impact; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.payer_dashboard_agency_impact (
    "PAYERID" character varying(50),
    "VISITDATE" date,
    "PROVIDERID" character varying(50),
    "P_NAME" character varying(100),
    "TIN" character varying(100),
    "CON_SP" numeric(38,2),
    "CON_OP" numeric(38,2),
    "CON_FP" numeric(38,2)
);

--
-- Name: TABLE payer_dashboard_agency_impact; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.payer_dashboard_agency_impact IS 'Payer dashboard: amounts per agency and visit date. Rebuilt (TRUNCATE + INSERT) by TASK_11 every night. Source: CONFLICTREPORT.PUBLIC.PAYER_DASHBOARD_AGENCY_IMPACT.';

--
-- Name: payer_dashboard_caregiver_count; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.payer_dashboard_caregiver_count (
    "PAYERID" character varying(50),
    "VISITDATE" date,
    "SSN" character varying(50),
    "C_NAME" character varying(100),
    "VISIT_KEY" character varying(100)
);

--
-- Name: TABLE payer_dashboard_caregiver_count; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.payer_dashboard_caregiver_count IS 'Payer dashboard: conflicting visit pairs per caregiver and visit date. Rebuilt (TRUNCATE + INSERT) by TASK_11 every night. Source: CONFLICTREPORT.PUBLIC.PAYER_DASHBOARD_CAREGIVER_COUNT.';

--
-- Name: payer_dashboard_caregiver_impact; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.payer_dashboard_caregiver_impact (
    "PAYERID" character varying(50),
    "VISITDATE" date,
    "SSN" character varying(50),
    "C_NAME" character varying(100),
    "CON_SP" numeric(38,2),
    "CON_OP" numeric(38,2),
    "CON_FP" numeric(38,2)
);

--
-- Name: TABLE payer_dashboard_caregiver_impact; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.payer_dashboard_caregiver_impact IS 'Payer dashboard: amounts per caregiver and visit date. Rebuilt (TRUNCATE + INSERT) by TASK_11 every night. Source: CONFLICTREPORT.PUBLIC.PAYER_DASHBOARD_CAREGIVER_IMPACT.';

--
-- Name: payer_dashboard_con_typ_count; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.payer_dashboard_con_typ_count (
    "PAYERID" character varying(50),
    "VISITDATE" date,
    "CONTYPE" character varying(50),
    "CONTYPEDESC" character varying(50),
    "VISIT_KEY" character varying(100)
);

--
-- Name: TABLE payer_dashboard_con_typ_count; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.payer_dashboard_con_typ_count IS 'Payer dashboard: conflicting visit pairs (VISIT_KEY) per conflict type and visit date. Rebuilt (TRUNCATE + INSERT) by TASK_11 every night. Source: CONFLICTREPORT.PUBLIC.PAYER_DASHBOARD_CON_TYP_COUNT.';

--
-- Name: payer_dashboard_con_typ_impact; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.payer_dashboard_con_typ_impact (
    "PAYERID" character varying(50),
    "VISITDATE" date,
    "CONTYPE" character varying(50),
    "CONTYPEDESC" character varying(50),
    "CON_SP" numeric(38,2),
    "CON_OP" numeric(38,2),
    "CON_FP" numeric(38,2)
);

--
-- Name: TABLE payer_dashboard_con_typ_impact; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.payer_dashboard_con_typ_impact IS 'Payer dashboard: shift/overlap/final amounts per conflict type and visit date. Rebuilt (TRUNCATE + INSERT) by TASK_11 every night. Source: CONFLICTREPORT.PUBLIC.PAYER_DASHBOARD_CON_TYP_IMPACT.';

--
-- Name: payer_dashboard_patient_count; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.payer_dashboard_patient_count (
    "PAYERID" character varying(50),
    "VISITDATE" date,
    "PATIENTID" character varying(50),
    "PFNAME" character varying(100),
    "PLNAME" character varying(100),
    "PNAME" character varying(100),
    "ADMISSIONID" character varying(100),
    "VISIT_KEY" character varying(100)
);

--
-- Name: TABLE payer_dashboard_patient_count; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.payer_dashboard_patient_count IS 'Payer dashboard: conflicting visit pairs per patient and visit date. Rebuilt (TRUNCATE + INSERT) by TASK_11 every night. Source: CONFLICTREPORT.PUBLIC.PAYER_DASHBOARD_PATIENT_COUNT.';

--
-- Name: payer_dashboard_patient_impact; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.payer_dashboard_patient_impact (
    "PAYERID" character varying(50),
    "VISITDATE" date,
    "PATIENTID" character varying(50),
    "PFNAME" character varying(100),
    "PLNAME" character varying(100),
    "PNAME" character varying(100),
    "ADMISSIONID" character varying(100),
    "CON_SP" numeric(38,2),
    "CON_OP" numeric(38,2),
    "CON_FP" numeric(38,2)
);

--
-- Name: TABLE payer_dashboard_patient_impact; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.payer_dashboard_patient_impact IS 'Payer dashboard: amounts per patient and visit date. Rebuilt (TRUNCATE + INSERT) by TASK_11 every night. Source: CONFLICTREPORT.PUBLIC.PAYER_DASHBOARD_PATIENT_IMPACT.';

--
-- Name: payer_dashboard_payer_chart_count; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.payer_dashboard_payer_chart_count (
    "PAYERID" character varying(50),
    "VISITDATE" date,
    "CONPAYERID" character varying(50),
    "PNAME" character varying(100),
    "STATUSFLAG" character varying(5),
    "COSTTYPE" character varying(20),
    "VISITTYPE" character varying(20),
    "VISIT_KEY" character varying(100)
);

--
-- Name: TABLE payer_dashboard_payer_chart_count; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.payer_dashboard_payer_chart_count IS 'Payer-vs-payer chart: conflicting visit pairs by status, cost type and visit type. Rebuilt (TRUNCATE + INSERT) by TASK_12 every night. Source: CONFLICTREPORT.PUBLIC.PAYER_DASHBOARD_PAYER_CHART_COUNT.';

--
-- Name: payer_dashboard_payer_chart_impact; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.payer_dashboard_payer_chart_impact (
    "PAYERID" character varying(50),
    "VISITDATE" date,
    "CONPAYERID" character varying(50),
    "PNAME" character varying(100),
    "STATUSFLAG" character varying(5),
    "COSTTYPE" character varying(20),
    "VISITTYPE" character varying(20),
    "CON_SP" numeric(38,2),
    "CON_OP" numeric(38,2),
    "CON_FP" numeric(38,2)
);

--
-- Name: TABLE payer_dashboard_payer_chart_impact; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.payer_dashboard_payer_chart_impact IS 'Payer-vs-payer chart: amounts by status, cost type and visit type. Rebuilt (TRUNCATE + INSERT) by TASK_12 every night. Source: CONFLICTREPORT.PUBLIC.PAYER_DASHBOARD_PAYER_CHART_IMPACT.';

--
-- Name: payer_dashboard_payer_count; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.payer_dashboard_payer_count (
    "PAYERID" character varying(50),
    "VISITDATE" date,
    "CONPAYERID" character varying(50),
    "PNAME" character varying(100),
    "VISIT_KEY" character varying(100)
);

--
-- Name: TABLE payer_dashboard_payer_count; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.payer_dashboard_payer_count IS 'Payer dashboard: conflicting visit pairs per conflicting payer and visit date. Rebuilt (TRUNCATE + INSERT) by TASK_11 every night. Source: CONFLICTREPORT.PUBLIC.PAYER_DASHBOARD_PAYER_COUNT.';

--
-- Name: payer_dashboard_payer_impact; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.payer_dashboard_payer_impact (
    "PAYERID" character varying(50),
    "VISITDATE" date,
    "CONPAYERID" character varying(50),
    "PNAME" character varying(100),
    "CON_SP" numeric(38,2),
    "CON_OP" numeric(38,2),
    "CON_FP" numeric(38,2)
);

--
-- Name: TABLE payer_dashboard_payer_impact; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.payer_dashboard_payer_impact IS 'Payer dashboard: amounts per conflicting payer and visit date. Rebuilt (TRUNCATE + INSERT) by TASK_11 every night. Source: CONFLICTREPORT.PUBLIC.PAYER_DASHBOARD_PAYER_IMPACT.';

--
-- Name: payer_provider_reminders; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.payer_provider_reminders (
    "ID" bigint NOT NULL,
    "PayerID" character varying(50),
    "AppPayerID" character varying(50),
    "Contract" character varying(100),
    "ProviderID" character varying(50),
    "AppProviderID" character varying(50),
    "ProviderName" character varying(100),
    "CreatedDateTime" timestamp without time zone,
    "NumberOfDays" bigint
);

--
-- Name: TABLE payer_provider_reminders; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.payer_provider_reminders IS 'Payer x provider pairs with the reminder interval NumberOfDays; synced from analytics by TASK_01/05, NumberOfDays edited in the app. Source: CONFLICTREPORT.PUBLIC.PAYER_PROVIDER_REMINDERS.';

--
-- Name: payer_provider_reminders_ID_seq; Type: SEQUENCE; Schema: conflict; Owner: -
--

ALTER TABLE conflict.payer_provider_reminders ALTER COLUMN "ID" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME conflict."payer_provider_reminders_ID_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: pipeline_runs; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.pipeline_runs (
    run_id bigint NOT NULL,
    as_of timestamp without time zone NOT NULL,
    status character varying(16) NOT NULL,
    started_at timestamp without time zone NOT NULL,
    finished_at timestamp without time zone,
    stages text[] NOT NULL,
    full_chain boolean NOT NULL,
    resumed integer DEFAULT 0 NOT NULL,
    error text,
    CONSTRAINT pipeline_runs_status_check CHECK (((status)::text = ANY ((ARRAY['running'::character varying, 'succeeded'::character varying, 'failed'::character varying])::text[])))
);

--
-- Name: TABLE pipeline_runs; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.pipeline_runs IS 'One row per nightly run (ConflictDb runner journal).';

--
-- Name: pipeline_runs_run_id_seq; Type: SEQUENCE; Schema: conflict; Owner: -
--

ALTER TABLE conflict.pipeline_runs ALTER COLUMN run_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME conflict.pipeline_runs_run_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: pipeline_stage_runs; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.pipeline_stage_runs (
    stage_run_id bigint NOT NULL,
    run_id bigint NOT NULL,
    stage character varying(255) NOT NULL,
    status character varying(16) NOT NULL,
    started_at timestamp without time zone NOT NULL,
    finished_at timestamp without time zone,
    rows_affected bigint,
    duration_ms bigint,
    error text,
    CONSTRAINT pipeline_stage_runs_status_check CHECK (((status)::text = ANY ((ARRAY['running'::character varying, 'succeeded'::character varying, 'failed'::character varying])::text[])))
);

--
-- Name: TABLE pipeline_stage_runs; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.pipeline_stage_runs IS 'One row per stage attempt of a nightly run (ConflictDb runner journal).';

--
-- Name: pipeline_stage_runs_stage_run_id_seq; Type: SEQUENCE; Schema: conflict; Owner: -
--

ALTER TABLE conflict.pipeline_stage_runs ALTER COLUMN stage_run_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME conflict.pipeline_stage_runs_stage_run_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: provider_dashboard_agency; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.provider_dashboard_agency (
    "PROVIDERID" character varying(50),
    "OFFICEID" character varying(50),
    "CRDATEUNIQUE" date,
    "CONPROVIDERID" character varying(50),
    "CON_P_NAME" character varying(100),
    "CON_TIN" character varying(100),
    "CON_TO" bigint,
    "CON_SP" numeric(38,2),
    "CON_OP" numeric(38,2),
    "CON_FP" numeric(38,2)
);

--
-- Name: TABLE provider_dashboard_agency; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.provider_dashboard_agency IS 'Provider dashboard: counts and prices per conflicting agency. Rebuilt (TRUNCATE + INSERT) by TASK_10 every night. Source: CONFLICTREPORT.PUBLIC.PROVIDER_DASHBOARD_AGENCY.';

--
-- Name: provider_dashboard_caregiver; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.provider_dashboard_caregiver (
    "PROVIDERID" character varying(50),
    "OFFICEID" character varying(50),
    "CRDATEUNIQUE" date,
    "CAREGIVERID" character varying(50),
    "C_CODE" character varying(100),
    "C_NAME" character varying(100),
    "CON_TO" bigint,
    "CON_SP" numeric(38,2),
    "CON_OP" numeric(38,2),
    "CON_FP" numeric(38,2)
);

--
-- Name: TABLE provider_dashboard_caregiver; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.provider_dashboard_caregiver IS 'Provider dashboard: counts and prices per caregiver. Rebuilt (TRUNCATE + INSERT) by TASK_10 every night. Source: CONFLICTREPORT.PUBLIC.PROVIDER_DASHBOARD_CAREGIVER.';

--
-- Name: provider_dashboard_con_typ; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.provider_dashboard_con_typ (
    "PROVIDERID" character varying(50),
    "OFFICEID" character varying(50),
    "CRDATEUNIQUE" date,
    "EX_ST_MATCH_TO" bigint,
    "EX_ST_MATCH_SP" numeric(38,2),
    "EX_ST_MATCH_OP" numeric(38,2),
    "EX_ST_MATCH_FP" numeric(38,2),
    "EX_VT_MATCH_TO" bigint,
    "EX_VT_MATCH_SP" numeric(38,2),
    "EX_VT_MATCH_OP" numeric(38,2),
    "EX_VT_MATCH_FP" numeric(38,2),
    "EX_ST_VT_MATCH_TO" bigint,
    "EX_ST_VT_MATCH_SP" numeric(38,2),
    "EX_ST_VT_MATCH_OP" numeric(38,2),
    "EX_ST_VT_MATCH_FP" numeric(38,2),
    "ST_OVR_TO" bigint,
    "ST_OVR_SP" numeric(38,2),
    "ST_OVR_OP" numeric(38,2),
    "ST_OVR_FP" numeric(38,2),
    "VT_OVR_TO" bigint,
    "VT_OVR_SP" numeric(38,2),
    "VT_OVR_OP" numeric(38,2),
    "VT_OVR_FP" numeric(38,2),
    "ST_VT_OVR_TO" bigint,
    "ST_VT_OVR_SP" numeric(38,2),
    "ST_VT_OVR_OP" numeric(38,2),
    "ST_VT_OVR_FP" numeric(38,2),
    "TD_TO" bigint,
    "TD_SP" numeric(38,2),
    "TD_OP" numeric(38,2),
    "TD_FP" numeric(38,2),
    "IN_TO" bigint,
    "IN_SP" numeric(38,2),
    "IN_OP" numeric(38,2),
    "IN_FP" numeric(38,2),
    "PT_TO" bigint,
    "PT_SP" numeric(38,2),
    "PT_OP" numeric(38,2),
    "PT_FP" numeric(38,2)
);

--
-- Name: TABLE provider_dashboard_con_typ; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.provider_dashboard_con_typ IS 'Provider dashboard: counts and prices per conflict type, provider office and conflict creation date. Rebuilt (TRUNCATE + INSERT) by TASK_10 every night. Source: CONFLICTREPORT.PUBLIC.PROVIDER_DASHBOARD_CON_TYP.';

--
-- Name: provider_dashboard_patient; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.provider_dashboard_patient (
    "PROVIDERID" character varying(50),
    "OFFICEID" character varying(50),
    "CRDATEUNIQUE" date,
    "PATIENTID" character varying(50),
    "PFNAME" character varying(100),
    "PLNAME" character varying(100),
    "PNAME" character varying(100),
    "CON_TO" bigint,
    "CON_SP" numeric(38,2),
    "CON_OP" numeric(38,2),
    "CON_FP" numeric(38,2)
);

--
-- Name: TABLE provider_dashboard_patient; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.provider_dashboard_patient IS 'Provider dashboard: counts and prices per patient. Rebuilt (TRUNCATE + INSERT) by TASK_10 every night. Source: CONFLICTREPORT.PUBLIC.PROVIDER_DASHBOARD_PATIENT.';

--
-- Name: provider_dashboard_payer; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.provider_dashboard_payer (
    "PROVIDERID" character varying(50),
    "OFFICEID" character varying(50),
    "CRDATEUNIQUE" date,
    "PAYERID" character varying(50),
    "PNAME" character varying(100),
    "CON_TO" bigint,
    "CON_SP" numeric(38,2),
    "CON_OP" numeric(38,2),
    "CON_FP" numeric(38,2)
);

--
-- Name: TABLE provider_dashboard_payer; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.provider_dashboard_payer IS 'Provider dashboard: counts and prices per payer. Rebuilt (TRUNCATE + INSERT) by TASK_10 every night. Source: CONFLICTREPORT.PUBLIC.PROVIDER_DASHBOARD_PAYER.';

--
-- Name: provider_dashboard_top; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.provider_dashboard_top (
    "PROVIDERID" character varying(50),
    "OFFICEID" character varying(50),
    "TODAYTOTAL" bigint,
    "TODAYSHIFTPRICE" numeric(38,2),
    "TODAYOVERLAPPRICE" numeric(38,2),
    "SEVENTOTAL" bigint,
    "SEVENFINALPRICE" numeric(38,2),
    "THIRTYTOTAL" bigint,
    "THIRTYFINALPRICE" numeric(38,2)
);

--
-- Name: TABLE provider_dashboard_top; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.provider_dashboard_top IS 'Provider dashboard header: today / 7 / 30-day conflict counts and prices per provider office. Rebuilt (TRUNCATE + INSERT) by TASK_10 every night. Source: CONFLICTREPORT.PUBLIC.PROVIDER_DASHBOARD_TOP.';

--
-- Name: schemaversions; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.schemaversions (
    schemaversionsid integer NOT NULL,
    scriptname character varying(255) NOT NULL,
    applied timestamp without time zone NOT NULL
);

--
-- Name: schemaversions_schemaversionsid_seq; Type: SEQUENCE; Schema: conflict; Owner: -
--

CREATE SEQUENCE conflict.schemaversions_schemaversionsid_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: schemaversions_schemaversionsid_seq; Type: SEQUENCE OWNED BY; Schema: conflict; Owner: -
--

ALTER SEQUENCE conflict.schemaversions_schemaversionsid_seq OWNED BY conflict.schemaversions.schemaversionsid;

--
-- Name: schemaversions_sha256; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.schemaversions_sha256 (
    scriptname character varying(255) NOT NULL,
    sha256 character(64) NOT NULL,
    applied timestamp without time zone NOT NULL
);

--
-- Name: settings; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.settings (
    "ExtraDistance" numeric(38,0),
    "ExtraDistancePer" numeric(38,2),
    "NORESPONSELIMITTIME" bigint,
    "ID" bigint DEFAULT 0 NOT NULL,
    "UpdateCronFlag" numeric(3,0),
    "InsertCronFlag" numeric(3,0),
    "ConflictIDFlag" numeric(3,0),
    "GroupIDFlag" numeric(3,0),
    "VisitHistoryFlag" numeric(3,0),
    "LastLoadDate" timestamp without time zone,
    "InProgressFlag" bigint
);

--
-- Name: TABLE settings; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.settings IS 'Single-row configuration (the app reads "ID" = 1): distance tolerance, no-response limit, InProgressFlag and LastLoadDate of the nightly refresh. Source: CONFLICTREPORT.PUBLIC.SETTINGS.';

--
-- Name: state_dashboard_agency_count; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.state_dashboard_agency_count (
    "PAYERID" character varying(50),
    "PROVIDERID" character varying(50),
    "VISITDATE" date,
    "P_NAME" character varying(100),
    "STATUSFLAG" character varying(5),
    "COSTTYPE" character varying(20),
    "VISITTYPE" character varying(20),
    "COUNTY" character varying(100),
    "SERVICECODE" character varying(50),
    "VISIT_KEY" character varying(100)
);

--
-- Name: TABLE state_dashboard_agency_count; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.state_dashboard_agency_count IS 'State dashboard: conflicting visit pairs per agency, same slices. Rebuilt (TRUNCATE + INSERT) by TASK_12 every night. Source: CONFLICTREPORT.PUBLIC.STATE_DASHBOARD_AGENCY_COUNT.';

--
-- Name: state_dashboard_agency_impact; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.state_dashboard_agency_impact (
    "PAYERID" character varying(50),
    "PROVIDERID" character varying(50),
    "VISITDATE" date,
    "P_NAME" character varying(100),
    "STATUSFLAG" character varying(5),
    "COSTTYPE" character varying(20),
    "VISITTYPE" character varying(20),
    "COUNTY" character varying(100),
    "SERVICECODE" character varying(50),
    "CON_SP" numeric(38,2),
    "CON_OP" numeric(38,2),
    "CON_FP" numeric(38,2)
);

--
-- Name: TABLE state_dashboard_agency_impact; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.state_dashboard_agency_impact IS 'State dashboard: amounts per agency, same slices. Rebuilt (TRUNCATE + INSERT) by TASK_12 every night. Source: CONFLICTREPORT.PUBLIC.STATE_DASHBOARD_AGENCY_IMPACT.';

--
-- Name: state_dashboard_caregiver_count; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.state_dashboard_caregiver_count (
    "PAYERID" character varying(50),
    "PROVIDERID" character varying(50),
    "VISITDATE" date,
    "SSN" character varying(50),
    "C_NAME" character varying(100),
    "STATUSFLAG" character varying(5),
    "COSTTYPE" character varying(20),
    "VISITTYPE" character varying(20),
    "COUNTY" character varying(100),
    "SERVICECODE" character varying(50),
    "VISIT_KEY" character varying(100)
);

--
-- Name: TABLE state_dashboard_caregiver_count; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.state_dashboard_caregiver_count IS 'State dashboard: conflicting visit pairs per caregiver, same slices. Rebuilt (TRUNCATE + INSERT) by TASK_12 every night. Source: CONFLICTREPORT.PUBLIC.STATE_DASHBOARD_CAREGIVER_COUNT.';

--
-- Name: state_dashboard_caregiver_impact; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.state_dashboard_caregiver_impact (
    "PAYERID" character varying(50),
    "PROVIDERID" character varying(50),
    "VISITDATE" date,
    "SSN" character varying(50),
    "C_NAME" character varying(100),
    "STATUSFLAG" character varying(5),
    "COSTTYPE" character varying(20),
    "VISITTYPE" character varying(20),
    "COUNTY" character varying(100),
    "SERVICECODE" character varying(50),
    "CON_SP" numeric(38,2),
    "CON_OP" numeric(38,2),
    "CON_FP" numeric(38,2)
);

--
-- Name: TABLE state_dashboard_caregiver_impact; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.state_dashboard_caregiver_impact IS 'State dashboard: amounts per caregiver, same slices. Rebuilt (TRUNCATE + INSERT) by TASK_12 every night. Source: CONFLICTREPORT.PUBLIC.STATE_DASHBOARD_CAREGIVER_IMPACT.';

--
-- Name: state_dashboard_con_type_count; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.state_dashboard_con_type_count (
    "PAYERID" character varying(50),
    "PROVIDERID" character varying(50),
    "VISITDATE" date,
    "CONTYPE" character varying(50),
    "CONTYPEDESC" character varying(100),
    "STATUSFLAG" character varying(5),
    "COSTTYPE" character varying(20),
    "VISITTYPE" character varying(20),
    "COUNTY" character varying(100),
    "SERVICECODE" character varying(50),
    "VISIT_KEY" character varying(100)
);

--
-- Name: TABLE state_dashboard_con_type_count; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.state_dashboard_con_type_count IS 'State dashboard: conflicting visit pairs per conflict type, sliced by status, cost type, visit type, county, service code. Rebuilt (TRUNCATE + INSERT) by TASK_12 every night. Source: CONFLICTREPORT.PUBLIC.STATE_DASHBOARD_CON_TYPE_COUNT.';

--
-- Name: state_dashboard_con_type_impact; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.state_dashboard_con_type_impact (
    "PAYERID" character varying(50),
    "PROVIDERID" character varying(50),
    "VISITDATE" date,
    "CONTYPE" character varying(50),
    "CONTYPEDESC" character varying(100),
    "STATUSFLAG" character varying(5),
    "COSTTYPE" character varying(20),
    "VISITTYPE" character varying(20),
    "COUNTY" character varying(100),
    "SERVICECODE" character varying(50),
    "CON_SP" numeric(38,2),
    "CON_OP" numeric(38,2),
    "CON_FP" numeric(38,2)
);

--
-- Name: TABLE state_dashboard_con_type_impact; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.state_dashboard_con_type_impact IS 'State dashboard: amounts per conflict type, same slices. Rebuilt (TRUNCATE + INSERT) by TASK_12 every night. Source: CONFLICTREPORT.PUBLIC.STATE_DASHBOARD_CON_TYPE_IMPACT.';

--
-- Name: state_dashboard_patient_count; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.state_dashboard_patient_count (
    "PAYERID" character varying(50),
    "PROVIDERID" character varying(50),
    "VISITDATE" date,
    "PATIENTID" character varying(50),
    "PNAME" character varying(100),
    "STATUSFLAG" character varying(5),
    "COSTTYPE" character varying(20),
    "VISITTYPE" character varying(20),
    "COUNTY" character varying(100),
    "SERVICECODE" character varying(50),
    "VISIT_KEY" character varying(100)
);

--
-- Name: TABLE state_dashboard_patient_count; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.state_dashboard_patient_count IS 'State dashboard: conflicting visit pairs per patient, same slices. Rebuilt (TRUNCATE + INSERT) by TASK_12 every night. Source: CONFLICTREPORT.PUBLIC.STATE_DASHBOARD_PATIENT_COUNT.';

--
-- Name: state_dashboard_patient_impact; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.state_dashboard_patient_impact (
    "PAYERID" character varying(50),
    "PROVIDERID" character varying(50),
    "VISITDATE" date,
    "PATIENTID" character varying(50),
    "PNAME" character varying(100),
    "STATUSFLAG" character varying(5),
    "COSTTYPE" character varying(20),
    "VISITTYPE" character varying(20),
    "COUNTY" character varying(100),
    "SERVICECODE" character varying(50),
    "CON_SP" numeric(38,2),
    "CON_OP" numeric(38,2),
    "CON_FP" numeric(38,2)
);

--
-- Name: TABLE state_dashboard_patient_impact; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.state_dashboard_patient_impact IS 'State dashboard: amounts per patient, same slices. Rebuilt (TRUNCATE + INSERT) by TASK_12 every night. Source: CONFLICTREPORT.PUBLIC.STATE_DASHBOARD_PATIENT_IMPACT.';

--
-- Name: state_dashboard_payer_count; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.state_dashboard_payer_count (
    "PAYERID" character varying(50),
    "PROVIDERID" character varying(50),
    "VISITDATE" date,
    "PNAME" character varying(100),
    "STATUSFLAG" character varying(5),
    "COSTTYPE" character varying(20),
    "VISITTYPE" character varying(20),
    "COUNTY" character varying(100),
    "SERVICECODE" character varying(50),
    "VISIT_KEY" character varying(100)
);

--
-- Name: TABLE state_dashboard_payer_count; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.state_dashboard_payer_count IS 'State dashboard: conflicting visit pairs per payer, same slices. Rebuilt (TRUNCATE + INSERT) by TASK_12 every night. Source: CONFLICTREPORT.PUBLIC.STATE_DASHBOARD_PAYER_COUNT.';

--
-- Name: state_dashboard_payer_impact; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.state_dashboard_payer_impact (
    "PAYERID" character varying(50),
    "PROVIDERID" character varying(50),
    "VISITDATE" date,
    "PNAME" character varying(100),
    "STATUSFLAG" character varying(5),
    "COSTTYPE" character varying(20),
    "VISITTYPE" character varying(20),
    "COUNTY" character varying(100),
    "SERVICECODE" character varying(50),
    "CON_SP" numeric(38,2),
    "CON_OP" numeric(38,2),
    "CON_FP" numeric(38,2)
);

--
-- Name: TABLE state_dashboard_payer_impact; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.state_dashboard_payer_impact IS 'State dashboard: amounts per payer, same slices. Rebuilt (TRUNCATE + INSERT) by TASK_12 every night. Source: CONFLICTREPORT.PUBLIC.STATE_DASHBOARD_PAYER_IMPACT.';

--
-- Name: task_history_list; Type: TABLE; Schema: conflict; Owner: -
--

CREATE TABLE conflict.task_history_list (
    "ID" bigint NOT NULL,
    "NAME" character varying(100),
    "UNNAME" character varying(100),
    "EMAILSENT" character varying(10),
    "CREATED_AT" timestamp without time zone
);

--
-- Name: TABLE task_history_list; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.task_history_list IS 'Task run / status e-mail history. No writer in the Scripts13 chain; kept for the app and operations. Source: CONFLICTREPORT.PUBLIC.TASK_HISTORY_LIST.';

--
-- Name: task_history_list_ID_seq; Type: SEQUENCE; Schema: conflict; Owner: -
--

ALTER TABLE conflict.task_history_list ALTER COLUMN "ID" ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME conflict."task_history_list_ID_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: tmp_billable_updates; Type: TABLE; Schema: conflict; Owner: -
--

CREATE UNLOGGED TABLE conflict.tmp_billable_updates (
    "ID" bigint NOT NULL,
    "BMF" numeric(38,0) NOT NULL,
    "BUF" text NOT NULL,
    "BMO" numeric(38,0) NOT NULL,
    "BUO" text NOT NULL
);

--
-- Name: TABLE tmp_billable_updates; Type: COMMENT; Schema: conflict; Owner: -
--

COMMENT ON TABLE conflict.tmp_billable_updates IS 'Work table of the billable-units step: API results keyed by conflictvisitmaps."ID", merged into CVM; overwritten on every run. Source: CONFLICTREPORT.PUBLIC.TMP_BILLABLE_UPDATES.';

--
-- Name: factvisitcallperformance_cr_default; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_default DEFAULT;

--
-- Name: factvisitcallperformance_cr_p202401; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202401 FOR VALUES FROM ('2024-01-01 00:00:00') TO ('2024-02-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202402; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202402 FOR VALUES FROM ('2024-02-01 00:00:00') TO ('2024-03-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202403; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202403 FOR VALUES FROM ('2024-03-01 00:00:00') TO ('2024-04-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202404; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202404 FOR VALUES FROM ('2024-04-01 00:00:00') TO ('2024-05-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202405; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202405 FOR VALUES FROM ('2024-05-01 00:00:00') TO ('2024-06-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202406; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202406 FOR VALUES FROM ('2024-06-01 00:00:00') TO ('2024-07-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202407; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202407 FOR VALUES FROM ('2024-07-01 00:00:00') TO ('2024-08-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202408; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202408 FOR VALUES FROM ('2024-08-01 00:00:00') TO ('2024-09-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202409; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202409 FOR VALUES FROM ('2024-09-01 00:00:00') TO ('2024-10-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202410; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202410 FOR VALUES FROM ('2024-10-01 00:00:00') TO ('2024-11-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202411; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202411 FOR VALUES FROM ('2024-11-01 00:00:00') TO ('2024-12-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202412; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202412 FOR VALUES FROM ('2024-12-01 00:00:00') TO ('2025-01-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202501; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202501 FOR VALUES FROM ('2025-01-01 00:00:00') TO ('2025-02-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202502; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202502 FOR VALUES FROM ('2025-02-01 00:00:00') TO ('2025-03-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202503; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202503 FOR VALUES FROM ('2025-03-01 00:00:00') TO ('2025-04-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202504; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202504 FOR VALUES FROM ('2025-04-01 00:00:00') TO ('2025-05-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202505; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202505 FOR VALUES FROM ('2025-05-01 00:00:00') TO ('2025-06-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202506; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202506 FOR VALUES FROM ('2025-06-01 00:00:00') TO ('2025-07-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202507; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202507 FOR VALUES FROM ('2025-07-01 00:00:00') TO ('2025-08-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202508; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202508 FOR VALUES FROM ('2025-08-01 00:00:00') TO ('2025-09-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202509; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202509 FOR VALUES FROM ('2025-09-01 00:00:00') TO ('2025-10-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202510; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202510 FOR VALUES FROM ('2025-10-01 00:00:00') TO ('2025-11-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202511; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202511 FOR VALUES FROM ('2025-11-01 00:00:00') TO ('2025-12-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202512; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202512 FOR VALUES FROM ('2025-12-01 00:00:00') TO ('2026-01-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202601; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202601 FOR VALUES FROM ('2026-01-01 00:00:00') TO ('2026-02-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202602; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202602 FOR VALUES FROM ('2026-02-01 00:00:00') TO ('2026-03-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202603; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202603 FOR VALUES FROM ('2026-03-01 00:00:00') TO ('2026-04-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202604; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202604 FOR VALUES FROM ('2026-04-01 00:00:00') TO ('2026-05-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202605; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202605 FOR VALUES FROM ('2026-05-01 00:00:00') TO ('2026-06-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202606; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202606 FOR VALUES FROM ('2026-06-01 00:00:00') TO ('2026-07-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202607; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202607 FOR VALUES FROM ('2026-07-01 00:00:00') TO ('2026-08-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202608; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202608 FOR VALUES FROM ('2026-08-01 00:00:00') TO ('2026-09-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202609; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202609 FOR VALUES FROM ('2026-09-01 00:00:00') TO ('2026-10-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202610; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202610 FOR VALUES FROM ('2026-10-01 00:00:00') TO ('2026-11-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202611; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202611 FOR VALUES FROM ('2026-11-01 00:00:00') TO ('2026-12-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202612; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202612 FOR VALUES FROM ('2026-12-01 00:00:00') TO ('2027-01-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202701; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202701 FOR VALUES FROM ('2027-01-01 00:00:00') TO ('2027-02-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202702; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202702 FOR VALUES FROM ('2027-02-01 00:00:00') TO ('2027-03-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202703; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202703 FOR VALUES FROM ('2027-03-01 00:00:00') TO ('2027-04-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202704; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202704 FOR VALUES FROM ('2027-04-01 00:00:00') TO ('2027-05-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202705; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202705 FOR VALUES FROM ('2027-05-01 00:00:00') TO ('2027-06-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202706; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202706 FOR VALUES FROM ('2027-06-01 00:00:00') TO ('2027-07-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202707; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202707 FOR VALUES FROM ('2027-07-01 00:00:00') TO ('2027-08-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202708; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202708 FOR VALUES FROM ('2027-08-01 00:00:00') TO ('2027-09-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202709; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202709 FOR VALUES FROM ('2027-09-01 00:00:00') TO ('2027-10-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202710; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202710 FOR VALUES FROM ('2027-10-01 00:00:00') TO ('2027-11-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202711; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202711 FOR VALUES FROM ('2027-11-01 00:00:00') TO ('2027-12-01 00:00:00');

--
-- Name: factvisitcallperformance_cr_p202712; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr ATTACH PARTITION analytics.factvisitcallperformance_cr_p202712 FOR VALUES FROM ('2027-12-01 00:00:00') TO ('2028-01-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_default; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_default DEFAULT;

--
-- Name: factvisitcallperformance_deleted_cr_p202401; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202401 FOR VALUES FROM ('2024-01-01 00:00:00') TO ('2024-02-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202402; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202402 FOR VALUES FROM ('2024-02-01 00:00:00') TO ('2024-03-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202403; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202403 FOR VALUES FROM ('2024-03-01 00:00:00') TO ('2024-04-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202404; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202404 FOR VALUES FROM ('2024-04-01 00:00:00') TO ('2024-05-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202405; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202405 FOR VALUES FROM ('2024-05-01 00:00:00') TO ('2024-06-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202406; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202406 FOR VALUES FROM ('2024-06-01 00:00:00') TO ('2024-07-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202407; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202407 FOR VALUES FROM ('2024-07-01 00:00:00') TO ('2024-08-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202408; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202408 FOR VALUES FROM ('2024-08-01 00:00:00') TO ('2024-09-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202409; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202409 FOR VALUES FROM ('2024-09-01 00:00:00') TO ('2024-10-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202410; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202410 FOR VALUES FROM ('2024-10-01 00:00:00') TO ('2024-11-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202411; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202411 FOR VALUES FROM ('2024-11-01 00:00:00') TO ('2024-12-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202412; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202412 FOR VALUES FROM ('2024-12-01 00:00:00') TO ('2025-01-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202501; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202501 FOR VALUES FROM ('2025-01-01 00:00:00') TO ('2025-02-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202502; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202502 FOR VALUES FROM ('2025-02-01 00:00:00') TO ('2025-03-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202503; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202503 FOR VALUES FROM ('2025-03-01 00:00:00') TO ('2025-04-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202504; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202504 FOR VALUES FROM ('2025-04-01 00:00:00') TO ('2025-05-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202505; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202505 FOR VALUES FROM ('2025-05-01 00:00:00') TO ('2025-06-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202506; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202506 FOR VALUES FROM ('2025-06-01 00:00:00') TO ('2025-07-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202507; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202507 FOR VALUES FROM ('2025-07-01 00:00:00') TO ('2025-08-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202508; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202508 FOR VALUES FROM ('2025-08-01 00:00:00') TO ('2025-09-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202509; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202509 FOR VALUES FROM ('2025-09-01 00:00:00') TO ('2025-10-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202510; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202510 FOR VALUES FROM ('2025-10-01 00:00:00') TO ('2025-11-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202511; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202511 FOR VALUES FROM ('2025-11-01 00:00:00') TO ('2025-12-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202512; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202512 FOR VALUES FROM ('2025-12-01 00:00:00') TO ('2026-01-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202601; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202601 FOR VALUES FROM ('2026-01-01 00:00:00') TO ('2026-02-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202602; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202602 FOR VALUES FROM ('2026-02-01 00:00:00') TO ('2026-03-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202603; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202603 FOR VALUES FROM ('2026-03-01 00:00:00') TO ('2026-04-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202604; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202604 FOR VALUES FROM ('2026-04-01 00:00:00') TO ('2026-05-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202605; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202605 FOR VALUES FROM ('2026-05-01 00:00:00') TO ('2026-06-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202606; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202606 FOR VALUES FROM ('2026-06-01 00:00:00') TO ('2026-07-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202607; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202607 FOR VALUES FROM ('2026-07-01 00:00:00') TO ('2026-08-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202608; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202608 FOR VALUES FROM ('2026-08-01 00:00:00') TO ('2026-09-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202609; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202609 FOR VALUES FROM ('2026-09-01 00:00:00') TO ('2026-10-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202610; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202610 FOR VALUES FROM ('2026-10-01 00:00:00') TO ('2026-11-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202611; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202611 FOR VALUES FROM ('2026-11-01 00:00:00') TO ('2026-12-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202612; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202612 FOR VALUES FROM ('2026-12-01 00:00:00') TO ('2027-01-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202701; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202701 FOR VALUES FROM ('2027-01-01 00:00:00') TO ('2027-02-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202702; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202702 FOR VALUES FROM ('2027-02-01 00:00:00') TO ('2027-03-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202703; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202703 FOR VALUES FROM ('2027-03-01 00:00:00') TO ('2027-04-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202704; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202704 FOR VALUES FROM ('2027-04-01 00:00:00') TO ('2027-05-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202705; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202705 FOR VALUES FROM ('2027-05-01 00:00:00') TO ('2027-06-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202706; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202706 FOR VALUES FROM ('2027-06-01 00:00:00') TO ('2027-07-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202707; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202707 FOR VALUES FROM ('2027-07-01 00:00:00') TO ('2027-08-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202708; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202708 FOR VALUES FROM ('2027-08-01 00:00:00') TO ('2027-09-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202709; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202709 FOR VALUES FROM ('2027-09-01 00:00:00') TO ('2027-10-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202710; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202710 FOR VALUES FROM ('2027-10-01 00:00:00') TO ('2027-11-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202711; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202711 FOR VALUES FROM ('2027-11-01 00:00:00') TO ('2027-12-01 00:00:00');

--
-- Name: factvisitcallperformance_deleted_cr_p202712; Type: TABLE ATTACH; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202712 FOR VALUES FROM ('2027-12-01 00:00:00') TO ('2028-01-01 00:00:00');

--
-- Name: schemaversions schemaversionsid; Type: DEFAULT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.schemaversions ALTER COLUMN schemaversionsid SET DEFAULT nextval('analytics.schemaversions_schemaversionsid_seq'::regclass);

--
-- Name: schemaversions schemaversionsid; Type: DEFAULT; Schema: conflict; Owner: -
--

ALTER TABLE ONLY conflict.schemaversions ALTER COLUMN schemaversionsid SET DEFAULT nextval('conflict.schemaversions_schemaversionsid_seq'::regclass);

--
-- Name: schemaversions PK_schemaversions_Id; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.schemaversions
    ADD CONSTRAINT "PK_schemaversions_Id" PRIMARY KEY (schemaversionsid);

--
-- Name: dimcaregiver dimcaregiver_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.dimcaregiver
    ADD CONSTRAINT dimcaregiver_pkey PRIMARY KEY ("Caregiver Id");

--
-- Name: dimcontract dimcontract_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.dimcontract
    ADD CONSTRAINT dimcontract_pkey PRIMARY KEY ("Contract Id");

--
-- Name: dimoffice dimoffice_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.dimoffice
    ADD CONSTRAINT dimoffice_pkey PRIMARY KEY ("Office Id");

--
-- Name: dimpatient dimpatient_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.dimpatient
    ADD CONSTRAINT dimpatient_pkey PRIMARY KEY ("Patient Id");

--
-- Name: dimpatientaddress dimpatientaddress_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.dimpatientaddress
    ADD CONSTRAINT dimpatientaddress_pkey PRIMARY KEY ("Patient Address Id");

--
-- Name: dimpayer dimpayer_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.dimpayer
    ADD CONSTRAINT dimpayer_pkey PRIMARY KEY ("Payer Id");

--
-- Name: dimpayerprovider dimpayerprovider_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.dimpayerprovider
    ADD CONSTRAINT dimpayerprovider_pkey PRIMARY KEY ("Provider Id", "Payer Id");

--
-- Name: dimprovider dimprovider_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.dimprovider
    ADD CONSTRAINT dimprovider_pkey PRIMARY KEY ("Provider Id");

--
-- Name: dimservicecode dimservicecode_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.dimservicecode
    ADD CONSTRAINT dimservicecode_pkey PRIMARY KEY ("Service Code Id");

--
-- Name: dimuser dimuser_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.dimuser
    ADD CONSTRAINT dimuser_pkey PRIMARY KEY ("User Id");

--
-- Name: dimuseroffices dimuseroffices_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.dimuseroffices
    ADD CONSTRAINT dimuseroffices_pkey PRIMARY KEY ("User Id", "Office Id");

--
-- Name: factcaregiverabsence factcaregiverabsence_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factcaregiverabsence
    ADD CONSTRAINT factcaregiverabsence_pkey PRIMARY KEY ("Caregiver Vacation Id", "Environment");

--
-- Name: factcaregiverinservice factcaregiverinservice_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factcaregiverinservice
    ADD CONSTRAINT factcaregiverinservice_pkey PRIMARY KEY ("Application Caregiver Inservice Id", "Environment");

--
-- Name: factvisitcallperformance_cr factvisitcallperformance_cr_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr
    ADD CONSTRAINT factvisitcallperformance_cr_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_default factvisitcallperformance_cr_default_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_default
    ADD CONSTRAINT factvisitcallperformance_cr_default_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202401 factvisitcallperformance_cr_p202401_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202401
    ADD CONSTRAINT factvisitcallperformance_cr_p202401_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202402 factvisitcallperformance_cr_p202402_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202402
    ADD CONSTRAINT factvisitcallperformance_cr_p202402_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202403 factvisitcallperformance_cr_p202403_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202403
    ADD CONSTRAINT factvisitcallperformance_cr_p202403_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202404 factvisitcallperformance_cr_p202404_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202404
    ADD CONSTRAINT factvisitcallperformance_cr_p202404_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202405 factvisitcallperformance_cr_p202405_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202405
    ADD CONSTRAINT factvisitcallperformance_cr_p202405_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202406 factvisitcallperformance_cr_p202406_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202406
    ADD CONSTRAINT factvisitcallperformance_cr_p202406_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202407 factvisitcallperformance_cr_p202407_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202407
    ADD CONSTRAINT factvisitcallperformance_cr_p202407_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202408 factvisitcallperformance_cr_p202408_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202408
    ADD CONSTRAINT factvisitcallperformance_cr_p202408_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202409 factvisitcallperformance_cr_p202409_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202409
    ADD CONSTRAINT factvisitcallperformance_cr_p202409_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202410 factvisitcallperformance_cr_p202410_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202410
    ADD CONSTRAINT factvisitcallperformance_cr_p202410_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202411 factvisitcallperformance_cr_p202411_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202411
    ADD CONSTRAINT factvisitcallperformance_cr_p202411_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202412 factvisitcallperformance_cr_p202412_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202412
    ADD CONSTRAINT factvisitcallperformance_cr_p202412_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202501 factvisitcallperformance_cr_p202501_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202501
    ADD CONSTRAINT factvisitcallperformance_cr_p202501_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202502 factvisitcallperformance_cr_p202502_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202502
    ADD CONSTRAINT factvisitcallperformance_cr_p202502_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202503 factvisitcallperformance_cr_p202503_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202503
    ADD CONSTRAINT factvisitcallperformance_cr_p202503_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202504 factvisitcallperformance_cr_p202504_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202504
    ADD CONSTRAINT factvisitcallperformance_cr_p202504_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202505 factvisitcallperformance_cr_p202505_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202505
    ADD CONSTRAINT factvisitcallperformance_cr_p202505_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202506 factvisitcallperformance_cr_p202506_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202506
    ADD CONSTRAINT factvisitcallperformance_cr_p202506_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202507 factvisitcallperformance_cr_p202507_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202507
    ADD CONSTRAINT factvisitcallperformance_cr_p202507_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202508 factvisitcallperformance_cr_p202508_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202508
    ADD CONSTRAINT factvisitcallperformance_cr_p202508_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202509 factvisitcallperformance_cr_p202509_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202509
    ADD CONSTRAINT factvisitcallperformance_cr_p202509_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202510 factvisitcallperformance_cr_p202510_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202510
    ADD CONSTRAINT factvisitcallperformance_cr_p202510_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202511 factvisitcallperformance_cr_p202511_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202511
    ADD CONSTRAINT factvisitcallperformance_cr_p202511_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202512 factvisitcallperformance_cr_p202512_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202512
    ADD CONSTRAINT factvisitcallperformance_cr_p202512_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202601 factvisitcallperformance_cr_p202601_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202601
    ADD CONSTRAINT factvisitcallperformance_cr_p202601_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202602 factvisitcallperformance_cr_p202602_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202602
    ADD CONSTRAINT factvisitcallperformance_cr_p202602_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202603 factvisitcallperformance_cr_p202603_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202603
    ADD CONSTRAINT factvisitcallperformance_cr_p202603_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202604 factvisitcallperformance_cr_p202604_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202604
    ADD CONSTRAINT factvisitcallperformance_cr_p202604_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202605 factvisitcallperformance_cr_p202605_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202605
    ADD CONSTRAINT factvisitcallperformance_cr_p202605_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202606 factvisitcallperformance_cr_p202606_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202606
    ADD CONSTRAINT factvisitcallperformance_cr_p202606_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202607 factvisitcallperformance_cr_p202607_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202607
    ADD CONSTRAINT factvisitcallperformance_cr_p202607_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202608 factvisitcallperformance_cr_p202608_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202608
    ADD CONSTRAINT factvisitcallperformance_cr_p202608_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202609 factvisitcallperformance_cr_p202609_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202609
    ADD CONSTRAINT factvisitcallperformance_cr_p202609_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202610 factvisitcallperformance_cr_p202610_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202610
    ADD CONSTRAINT factvisitcallperformance_cr_p202610_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202611 factvisitcallperformance_cr_p202611_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202611
    ADD CONSTRAINT factvisitcallperformance_cr_p202611_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202612 factvisitcallperformance_cr_p202612_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202612
    ADD CONSTRAINT factvisitcallperformance_cr_p202612_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202701 factvisitcallperformance_cr_p202701_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202701
    ADD CONSTRAINT factvisitcallperformance_cr_p202701_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202702 factvisitcallperformance_cr_p202702_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202702
    ADD CONSTRAINT factvisitcallperformance_cr_p202702_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202703 factvisitcallperformance_cr_p202703_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202703
    ADD CONSTRAINT factvisitcallperformance_cr_p202703_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202704 factvisitcallperformance_cr_p202704_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202704
    ADD CONSTRAINT factvisitcallperformance_cr_p202704_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202705 factvisitcallperformance_cr_p202705_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202705
    ADD CONSTRAINT factvisitcallperformance_cr_p202705_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202706 factvisitcallperformance_cr_p202706_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202706
    ADD CONSTRAINT factvisitcallperformance_cr_p202706_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202707 factvisitcallperformance_cr_p202707_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202707
    ADD CONSTRAINT factvisitcallperformance_cr_p202707_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202708 factvisitcallperformance_cr_p202708_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202708
    ADD CONSTRAINT factvisitcallperformance_cr_p202708_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202709 factvisitcallperformance_cr_p202709_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202709
    ADD CONSTRAINT factvisitcallperformance_cr_p202709_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202710 factvisitcallperformance_cr_p202710_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202710
    ADD CONSTRAINT factvisitcallperformance_cr_p202710_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202711 factvisitcallperformance_cr_p202711_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202711
    ADD CONSTRAINT factvisitcallperformance_cr_p202711_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202712 factvisitcallperformance_cr_p202712_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_cr_p202712
    ADD CONSTRAINT factvisitcallperformance_cr_p202712_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr factvisitcallperformance_deleted_cr_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_default factvisitcallperformance_deleted_cr_default_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_default
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_default_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202401 factvisitcallperformance_deleted_cr_p202401_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202401
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202401_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202402 factvisitcallperformance_deleted_cr_p202402_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202402
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202402_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202403 factvisitcallperformance_deleted_cr_p202403_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202403
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202403_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202404 factvisitcallperformance_deleted_cr_p202404_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202404
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202404_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202405 factvisitcallperformance_deleted_cr_p202405_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202405
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202405_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202406 factvisitcallperformance_deleted_cr_p202406_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202406
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202406_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202407 factvisitcallperformance_deleted_cr_p202407_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202407
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202407_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202408 factvisitcallperformance_deleted_cr_p202408_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202408
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202408_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202409 factvisitcallperformance_deleted_cr_p202409_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202409
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202409_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202410 factvisitcallperformance_deleted_cr_p202410_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202410
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202410_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202411 factvisitcallperformance_deleted_cr_p202411_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202411
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202411_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202412 factvisitcallperformance_deleted_cr_p202412_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202412
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202412_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202501 factvisitcallperformance_deleted_cr_p202501_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202501
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202501_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202502 factvisitcallperformance_deleted_cr_p202502_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202502
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202502_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202503 factvisitcallperformance_deleted_cr_p202503_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202503
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202503_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202504 factvisitcallperformance_deleted_cr_p202504_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202504
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202504_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202505 factvisitcallperformance_deleted_cr_p202505_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202505
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202505_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202506 factvisitcallperformance_deleted_cr_p202506_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202506
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202506_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202507 factvisitcallperformance_deleted_cr_p202507_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202507
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202507_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202508 factvisitcallperformance_deleted_cr_p202508_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202508
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202508_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202509 factvisitcallperformance_deleted_cr_p202509_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202509
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202509_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202510 factvisitcallperformance_deleted_cr_p202510_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202510
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202510_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202511 factvisitcallperformance_deleted_cr_p202511_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202511
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202511_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202512 factvisitcallperformance_deleted_cr_p202512_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202512
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202512_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202601 factvisitcallperformance_deleted_cr_p202601_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202601
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202601_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202602 factvisitcallperformance_deleted_cr_p202602_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202602
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202602_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202603 factvisitcallperformance_deleted_cr_p202603_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202603
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202603_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202604 factvisitcallperformance_deleted_cr_p202604_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202604
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202604_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202605 factvisitcallperformance_deleted_cr_p202605_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202605
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202605_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202606 factvisitcallperformance_deleted_cr_p202606_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202606
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202606_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202607 factvisitcallperformance_deleted_cr_p202607_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202607
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202607_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202608 factvisitcallperformance_deleted_cr_p202608_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202608
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202608_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202609 factvisitcallperformance_deleted_cr_p202609_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202609
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202609_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202610 factvisitcallperformance_deleted_cr_p202610_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202610
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202610_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202611 factvisitcallperformance_deleted_cr_p202611_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202611
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202611_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202612 factvisitcallperformance_deleted_cr_p202612_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202612
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202612_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202701 factvisitcallperformance_deleted_cr_p202701_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202701
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202701_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202702 factvisitcallperformance_deleted_cr_p202702_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202702
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202702_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202703 factvisitcallperformance_deleted_cr_p202703_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202703
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202703_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202704 factvisitcallperformance_deleted_cr_p202704_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202704
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202704_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202705 factvisitcallperformance_deleted_cr_p202705_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202705
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202705_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202706 factvisitcallperformance_deleted_cr_p202706_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202706
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202706_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202707 factvisitcallperformance_deleted_cr_p202707_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202707
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202707_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202708 factvisitcallperformance_deleted_cr_p202708_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202708
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202708_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202709 factvisitcallperformance_deleted_cr_p202709_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202709
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202709_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202710 factvisitcallperformance_deleted_cr_p202710_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202710
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202710_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202711 factvisitcallperformance_deleted_cr_p202711_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202711
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202711_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: factvisitcallperformance_deleted_cr_p202712 factvisitcallperformance_deleted_cr_p202712_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.factvisitcallperformance_deleted_cr_p202712
    ADD CONSTRAINT factvisitcallperformance_deleted_cr_p202712_pkey PRIMARY KEY ("Visit Id", "Visit Date");

--
-- Name: schemaversions_sha256 schemaversions_sha256_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.schemaversions_sha256
    ADD CONSTRAINT schemaversions_sha256_pkey PRIMARY KEY (scriptname);

--
-- Name: sync_watermarks sync_watermarks_pkey; Type: CONSTRAINT; Schema: analytics; Owner: -
--

ALTER TABLE ONLY analytics.sync_watermarks
    ADD CONSTRAINT sync_watermarks_pkey PRIMARY KEY (table_name);

--
-- Name: schemaversions PK_schemaversions_Id; Type: CONSTRAINT; Schema: conflict; Owner: -
--

ALTER TABLE ONLY conflict.schemaversions
    ADD CONSTRAINT "PK_schemaversions_Id" PRIMARY KEY (schemaversionsid);

--
-- Name: conflict_commu_inters conflict_commu_inters_pkey; Type: CONSTRAINT; Schema: conflict; Owner: -
--

ALTER TABLE ONLY conflict.conflict_commu_inters
    ADD CONSTRAINT conflict_commu_inters_pkey PRIMARY KEY (id);

--
-- Name: conflicts conflicts_pkey; Type: CONSTRAINT; Schema: conflict; Owner: -
--

ALTER TABLE ONLY conflict.conflicts
    ADD CONSTRAINT conflicts_pkey PRIMARY KEY ("CONFLICTID");

--
-- Name: conflictvisitmaps conflictvisitmaps_pkey; Type: CONSTRAINT; Schema: conflict; Owner: -
--

ALTER TABLE ONLY conflict.conflictvisitmaps
    ADD CONSTRAINT conflictvisitmaps_pkey PRIMARY KEY ("ID");

--
-- Name: contact_maintenance contact_maintenance_pkey; Type: CONSTRAINT; Schema: conflict; Owner: -
--

ALTER TABLE ONLY conflict.contact_maintenance
    ADD CONSTRAINT contact_maintenance_pkey PRIMARY KEY ("ID");

--
-- Name: excluded_agency excluded_agency_pkey; Type: CONSTRAINT; Schema: conflict; Owner: -
--

ALTER TABLE ONLY conflict.excluded_agency
    ADD CONSTRAINT excluded_agency_pkey PRIMARY KEY ("ID");

--
-- Name: excluded_ssn excluded_ssn_pkey; Type: CONSTRAINT; Schema: conflict; Owner: -
--

ALTER TABLE ONLY conflict.excluded_ssn
    ADD CONSTRAINT excluded_ssn_pkey PRIMARY KEY ("ID");

--
-- Name: failed_api_logs failed_api_logs_pkey; Type: CONSTRAINT; Schema: conflict; Owner: -
--

ALTER TABLE ONLY conflict.failed_api_logs
    ADD CONSTRAINT failed_api_logs_pkey PRIMARY KEY ("CONFLICTID");

--
-- Name: govbodiespayers govbodiespayers_pkey; Type: CONSTRAINT; Schema: conflict; Owner: -
--

ALTER TABLE ONLY conflict.govbodiespayers
    ADD CONSTRAINT govbodiespayers_pkey PRIMARY KEY ("ID");

--
-- Name: log_fields log_fields_pkey; Type: CONSTRAINT; Schema: conflict; Owner: -
--

ALTER TABLE ONLY conflict.log_fields
    ADD CONSTRAINT log_fields_pkey PRIMARY KEY ("ID");

--
-- Name: log_history log_history_pkey; Type: CONSTRAINT; Schema: conflict; Owner: -
--

ALTER TABLE ONLY conflict.log_history
    ADD CONSTRAINT log_history_pkey PRIMARY KEY ("ID");

--
-- Name: log_history_values log_history_values_pkey; Type: CONSTRAINT; Schema: conflict; Owner: -
--

ALTER TABLE ONLY conflict.log_history_values
    ADD CONSTRAINT log_history_values_pkey PRIMARY KEY ("ID");

--
-- Name: mph mph_pkey; Type: CONSTRAINT; Schema: conflict; Owner: -
--

ALTER TABLE ONLY conflict.mph
    ADD CONSTRAINT mph_pkey PRIMARY KEY ("ID");

--
-- Name: noresponsereasons noresponsereasons_pkey; Type: CONSTRAINT; Schema: conflict; Owner: -
--

ALTER TABLE ONLY conflict.noresponsereasons
    ADD CONSTRAINT noresponsereasons_pkey PRIMARY KEY ("ID");

--
-- Name: notifications notifications_pkey; Type: CONSTRAINT; Schema: conflict; Owner: -
--

ALTER TABLE ONLY conflict.notifications
    ADD CONSTRAINT notifications_pkey PRIMARY KEY ("ID");

--
-- Name: pairing_runs pairing_runs_pkey; Type: CONSTRAINT; Schema: conflict; Owner: -
--

ALTER TABLE ONLY conflict.pairing_runs
    ADD CONSTRAINT pairing_runs_pkey PRIMARY KEY (run_id);

--
-- Name: pairing_scope pairing_scope_pkey; Type: CONSTRAINT; Schema: conflict; Owner: -
--

ALTER TABLE ONLY conflict.pairing_scope
    ADD CONSTRAINT pairing_scope_pkey PRIMARY KEY (run_id, "SSN", "VisitDate");

--
-- Name: pairing_user_snapshot pairing_user_snapshot_pkey; Type: CONSTRAINT; Schema: conflict; Owner: -
--

ALTER TABLE ONLY conflict.pairing_user_snapshot
    ADD CONSTRAINT pairing_user_snapshot_pkey PRIMARY KEY ("User Id");

--
-- Name: payer_provider_reminders payer_provider_reminders_pkey; Type: CONSTRAINT; Schema: conflict; Owner: -
--

ALTER TABLE ONLY conflict.payer_provider_reminders
    ADD CONSTRAINT payer_provider_reminders_pkey PRIMARY KEY ("ID");

--
-- Name: pipeline_runs pipeline_runs_pkey; Type: CONSTRAINT; Schema: conflict; Owner: -
--

ALTER TABLE ONLY conflict.pipeline_runs
    ADD CONSTRAINT pipeline_runs_pkey PRIMARY KEY (run_id);

--
-- Name: pipeline_stage_runs pipeline_stage_runs_pkey; Type: CONSTRAINT; Schema: conflict; Owner: -
--

ALTER TABLE ONLY conflict.pipeline_stage_runs
    ADD CONSTRAINT pipeline_stage_runs_pkey PRIMARY KEY (stage_run_id);

--
-- Name: schemaversions_sha256 schemaversions_sha256_pkey; Type: CONSTRAINT; Schema: conflict; Owner: -
--

ALTER TABLE ONLY conflict.schemaversions_sha256
    ADD CONSTRAINT schemaversions_sha256_pkey PRIMARY KEY (scriptname);

--
-- Name: settings settings_pkey; Type: CONSTRAINT; Schema: conflict; Owner: -
--

ALTER TABLE ONLY conflict.settings
    ADD CONSTRAINT settings_pkey PRIMARY KEY ("ID");

--
-- Name: task_history_list task_history_list_pkey; Type: CONSTRAINT; Schema: conflict; Owner: -
--

ALTER TABLE ONLY conflict.task_history_list
    ADD CONSTRAINT task_history_list_pkey PRIMARY KEY ("ID");

--
-- Name: dimcaregiver_trimmed_ssn_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX dimcaregiver_trimmed_ssn_idx ON analytics.dimcaregiver USING btree (TRIM(BOTH FROM "SSN"));

--
-- Name: dimpatientaddress_gps_latest_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX dimpatientaddress_gps_latest_idx ON analytics.dimpatientaddress USING btree ("Patient Id", "Application Created UTC Timestamp" DESC) WHERE ("Primary Address" AND ("Address Type" ~~ '%GPS%'::text));

--
-- Name: dimpayerprovider_payer_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX dimpayerprovider_payer_idx ON analytics.dimpayerprovider USING btree ("Payer Id");

--
-- Name: factcaregiverinservice_caregiver_start_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX factcaregiverinservice_caregiver_start_idx ON analytics.factcaregiverinservice USING btree ("Caregiver Id", "Inservice start date");

--
-- Name: factvisitcallperformance_cr_caregiver_date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX factvisitcallperformance_cr_caregiver_date_idx ON ONLY analytics.factvisitcallperformance_cr USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_default_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_default_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_default USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_updated_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX factvisitcallperformance_cr_updated_idx ON ONLY analytics.factvisitcallperformance_cr USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_default_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_default_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_default USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202401_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202401_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202401 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202401_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202401_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202401 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202402_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202402_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202402 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202402_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202402_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202402 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202403_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202403_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202403 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202403_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202403_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202403 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202404_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202404_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202404 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202404_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202404_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202404 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202405_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202405_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202405 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202405_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202405_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202405 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202406_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202406_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202406 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202406_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202406_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202406 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202407_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202407_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202407 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202407_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202407_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202407 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202408_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202408_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202408 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202408_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202408_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202408 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202409_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202409_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202409 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202409_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202409_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202409 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202410_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202410_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202410 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202410_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202410_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202410 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202411_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202411_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202411 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202411_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202411_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202411 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202412_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202412_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202412 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202412_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202412_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202412 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202501_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202501_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202501 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202501_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202501_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202501 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202502_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202502_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202502 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202502_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202502_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202502 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202503_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202503_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202503 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202503_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202503_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202503 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202504_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202504_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202504 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202504_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202504_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202504 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202505_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202505_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202505 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202505_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202505_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202505 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202506_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202506_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202506 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202506_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202506_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202506 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202507_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202507_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202507 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202507_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202507_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202507 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202508_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202508_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202508 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202508_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202508_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202508 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202509_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202509_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202509 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202509_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202509_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202509 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202510_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202510_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202510 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202510_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202510_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202510 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202511_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202511_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202511 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202511_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202511_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202511 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202512_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202512_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202512 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202512_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202512_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202512 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202601_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202601_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202601 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202601_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202601_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202601 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202602_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202602_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202602 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202602_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202602_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202602 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202603_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202603_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202603 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202603_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202603_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202603 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202604_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202604_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202604 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202604_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202604_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202604 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202605_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202605_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202605 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202605_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202605_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202605 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202606_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202606_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202606 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202606_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202606_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202606 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202607_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202607_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202607 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202607_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202607_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202607 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202608_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202608_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202608 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202608_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202608_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202608 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202609_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202609_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202609 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202609_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202609_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202609 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202610_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202610_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202610 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202610_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202610_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202610 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202611_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202611_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202611 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202611_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202611_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202611 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202612_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202612_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202612 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202612_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202612_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202612 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202701_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202701_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202701 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202701_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202701_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202701 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202702_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202702_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202702 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202702_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202702_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202702 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202703_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202703_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202703 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202703_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202703_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202703 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202704_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202704_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202704 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202704_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202704_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202704 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202705_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202705_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202705 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202705_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202705_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202705 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202706_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202706_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202706 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202706_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202706_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202706 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202707_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202707_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202707 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202707_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202707_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202707 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202708_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202708_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202708 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202708_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202708_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202708 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202709_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202709_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202709 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202709_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202709_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202709 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202710_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202710_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202710 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202710_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202710_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202710 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202711_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202711_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202711 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202711_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202711_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202711 USING btree ("Updated Datatimestamp");

--
-- Name: factvisitcallperformance_cr_p202712_Caregiver Id_Visit Date_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202712_Caregiver Id_Visit Date_idx" ON analytics.factvisitcallperformance_cr_p202712 USING btree ("Caregiver Id", "Visit Date");

--
-- Name: factvisitcallperformance_cr_p202712_Updated Datatimestamp_idx; Type: INDEX; Schema: analytics; Owner: -
--

CREATE INDEX "factvisitcallperformance_cr_p202712_Updated Datatimestamp_idx" ON analytics.factvisitcallperformance_cr_p202712 USING btree ("Updated Datatimestamp");

--
-- Name: conflict_commu_inters_conflictid_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX conflict_commu_inters_conflictid_idx ON conflict.conflict_commu_inters USING btree ("CONFLICTID", "CommentType");

--
-- Name: conflict_commu_inters_groupid_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX conflict_commu_inters_groupid_idx ON conflict.conflict_commu_inters USING btree ("GroupID", "CommentType");

--
-- Name: conflict_commu_inters_reverseuuid_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX conflict_commu_inters_reverseuuid_idx ON conflict.conflict_commu_inters USING btree ("ReverseUUID", "CommentType", communications_type);

--
-- Name: conflicts_noresponse_conflictid_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX conflicts_noresponse_conflictid_idx ON conflict.conflicts USING btree ("CONFLICTID") WHERE (("NoResponseFlag")::text = 'Yes'::text);

--
-- Name: conflictvisitmaps_conflictid_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX conflictvisitmaps_conflictid_idx ON conflict.conflictvisitmaps USING btree ("CONFLICTID");

--
-- Name: conflictvisitmaps_convisitid_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX conflictvisitmaps_convisitid_idx ON conflict.conflictvisitmaps USING btree ("ConVisitID");

--
-- Name: conflictvisitmaps_groupid_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX conflictvisitmaps_groupid_idx ON conflict.conflictvisitmaps USING btree ("GroupID") WHERE ("GroupID" IS NOT NULL);

--
-- Name: conflictvisitmaps_payerid_visitdate_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX conflictvisitmaps_payerid_visitdate_idx ON conflict.conflictvisitmaps USING btree ("PayerID", "VisitDate");

--
-- Name: conflictvisitmaps_providerid_visitdate_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX conflictvisitmaps_providerid_visitdate_idx ON conflict.conflictvisitmaps USING btree ("ProviderID", "VisitDate");

--
-- Name: conflictvisitmaps_visitid_convisitid_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX conflictvisitmaps_visitid_convisitid_idx ON conflict.conflictvisitmaps USING btree ("VisitID", "ConVisitID");

--
-- Name: contact_maintenance_providerid_pid_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX contact_maintenance_providerid_pid_idx ON conflict.contact_maintenance USING btree ("ProviderID", "PID");

--
-- Name: govbodiespayers_userid_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX govbodiespayers_userid_idx ON conflict.govbodiespayers USING btree ("UserID");

--
-- Name: log_history_conid_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX log_history_conid_idx ON conflict.log_history USING btree ("CONID");

--
-- Name: log_history_values_lhid_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX log_history_values_lhid_idx ON conflict.log_history_values USING btree ("LHID");

--
-- Name: notifications_conflictid_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX notifications_conflictid_idx ON conflict.notifications USING btree ("CONFLICTID");

--
-- Name: notifications_providerid_unread_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX notifications_providerid_unread_idx ON conflict.notifications USING btree ("ProviderID", "ID" DESC) WHERE ("ReadUnreadFlag" IS NULL);

--
-- Name: pairing_detected_group_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX pairing_detected_group_idx ON conflict.pairing_detected USING btree ("SSN", "VisitDate");

--
-- Name: pairing_detected_pair_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX pairing_detected_pair_idx ON conflict.pairing_detected USING btree ("VisitID", "ConVisitID");

--
-- Name: payer_conflict_summary_count_payerid_visitdate_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX payer_conflict_summary_count_payerid_visitdate_idx ON conflict.payer_conflict_summary_count USING btree ("PAYERID", "VISITDATE");

--
-- Name: payer_conflict_summary_impact_payerid_visitdate_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX payer_conflict_summary_impact_payerid_visitdate_idx ON conflict.payer_conflict_summary_impact USING btree ("PAYERID", "VISITDATE");

--
-- Name: payer_dashboard_agency_count_payerid_visitdate_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX payer_dashboard_agency_count_payerid_visitdate_idx ON conflict.payer_dashboard_agency_count USING btree ("PAYERID", "VISITDATE");

--
-- Name: payer_dashboard_agency_impact_payerid_visitdate_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX payer_dashboard_agency_impact_payerid_visitdate_idx ON conflict.payer_dashboard_agency_impact USING btree ("PAYERID", "VISITDATE");

--
-- Name: payer_dashboard_caregiver_count_payerid_visitdate_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX payer_dashboard_caregiver_count_payerid_visitdate_idx ON conflict.payer_dashboard_caregiver_count USING btree ("PAYERID", "VISITDATE");

--
-- Name: payer_dashboard_caregiver_impact_payerid_visitdate_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX payer_dashboard_caregiver_impact_payerid_visitdate_idx ON conflict.payer_dashboard_caregiver_impact USING btree ("PAYERID", "VISITDATE");

--
-- Name: payer_dashboard_con_typ_count_payerid_visitdate_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX payer_dashboard_con_typ_count_payerid_visitdate_idx ON conflict.payer_dashboard_con_typ_count USING btree ("PAYERID", "VISITDATE");

--
-- Name: payer_dashboard_con_typ_impact_payerid_visitdate_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX payer_dashboard_con_typ_impact_payerid_visitdate_idx ON conflict.payer_dashboard_con_typ_impact USING btree ("PAYERID", "VISITDATE");

--
-- Name: payer_dashboard_patient_count_payerid_visitdate_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX payer_dashboard_patient_count_payerid_visitdate_idx ON conflict.payer_dashboard_patient_count USING btree ("PAYERID", "VISITDATE");

--
-- Name: payer_dashboard_patient_impact_payerid_visitdate_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX payer_dashboard_patient_impact_payerid_visitdate_idx ON conflict.payer_dashboard_patient_impact USING btree ("PAYERID", "VISITDATE");

--
-- Name: payer_dashboard_payer_chart_count_payerid_visitdate_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX payer_dashboard_payer_chart_count_payerid_visitdate_idx ON conflict.payer_dashboard_payer_chart_count USING btree ("PAYERID", "VISITDATE");

--
-- Name: payer_dashboard_payer_chart_impact_payerid_visitdate_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX payer_dashboard_payer_chart_impact_payerid_visitdate_idx ON conflict.payer_dashboard_payer_chart_impact USING btree ("PAYERID", "VISITDATE");

--
-- Name: payer_dashboard_payer_count_payerid_visitdate_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX payer_dashboard_payer_count_payerid_visitdate_idx ON conflict.payer_dashboard_payer_count USING btree ("PAYERID", "VISITDATE");

--
-- Name: payer_dashboard_payer_impact_payerid_visitdate_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX payer_dashboard_payer_impact_payerid_visitdate_idx ON conflict.payer_dashboard_payer_impact USING btree ("PAYERID", "VISITDATE");

--
-- Name: payer_provider_reminders_payerid_providerid_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX payer_provider_reminders_payerid_providerid_idx ON conflict.payer_provider_reminders USING btree ("PayerID", "ProviderID");

--
-- Name: pipeline_stage_runs_run_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX pipeline_stage_runs_run_idx ON conflict.pipeline_stage_runs USING btree (run_id, stage_run_id);

--
-- Name: provider_dashboard_agency_providerid_officeid_date_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX provider_dashboard_agency_providerid_officeid_date_idx ON conflict.provider_dashboard_agency USING btree ("PROVIDERID", "OFFICEID", "CRDATEUNIQUE");

--
-- Name: provider_dashboard_caregiver_providerid_officeid_date_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX provider_dashboard_caregiver_providerid_officeid_date_idx ON conflict.provider_dashboard_caregiver USING btree ("PROVIDERID", "OFFICEID", "CRDATEUNIQUE");

--
-- Name: provider_dashboard_con_typ_providerid_officeid_date_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX provider_dashboard_con_typ_providerid_officeid_date_idx ON conflict.provider_dashboard_con_typ USING btree ("PROVIDERID", "OFFICEID", "CRDATEUNIQUE");

--
-- Name: provider_dashboard_patient_providerid_officeid_date_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX provider_dashboard_patient_providerid_officeid_date_idx ON conflict.provider_dashboard_patient USING btree ("PROVIDERID", "OFFICEID", "CRDATEUNIQUE");

--
-- Name: provider_dashboard_payer_providerid_officeid_date_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX provider_dashboard_payer_providerid_officeid_date_idx ON conflict.provider_dashboard_payer USING btree ("PROVIDERID", "OFFICEID", "CRDATEUNIQUE");

--
-- Name: provider_dashboard_top_providerid_officeid_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX provider_dashboard_top_providerid_officeid_idx ON conflict.provider_dashboard_top USING btree ("PROVIDERID", "OFFICEID");

--
-- Name: state_dashboard_agency_count_payerid_visitdate_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX state_dashboard_agency_count_payerid_visitdate_idx ON conflict.state_dashboard_agency_count USING btree ("PAYERID", "VISITDATE");

--
-- Name: state_dashboard_agency_impact_payerid_visitdate_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX state_dashboard_agency_impact_payerid_visitdate_idx ON conflict.state_dashboard_agency_impact USING btree ("PAYERID", "VISITDATE");

--
-- Name: state_dashboard_caregiver_count_payerid_visitdate_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX state_dashboard_caregiver_count_payerid_visitdate_idx ON conflict.state_dashboard_caregiver_count USING btree ("PAYERID", "VISITDATE");

--
-- Name: state_dashboard_caregiver_impact_payerid_visitdate_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX state_dashboard_caregiver_impact_payerid_visitdate_idx ON conflict.state_dashboard_caregiver_impact USING btree ("PAYERID", "VISITDATE");

--
-- Name: state_dashboard_con_type_count_payerid_visitdate_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX state_dashboard_con_type_count_payerid_visitdate_idx ON conflict.state_dashboard_con_type_count USING btree ("PAYERID", "VISITDATE");

--
-- Name: state_dashboard_con_type_impact_payerid_visitdate_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX state_dashboard_con_type_impact_payerid_visitdate_idx ON conflict.state_dashboard_con_type_impact USING btree ("PAYERID", "VISITDATE");

--
-- Name: state_dashboard_patient_count_payerid_visitdate_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX state_dashboard_patient_count_payerid_visitdate_idx ON conflict.state_dashboard_patient_count USING btree ("PAYERID", "VISITDATE");

--
-- Name: state_dashboard_patient_impact_payerid_visitdate_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX state_dashboard_patient_impact_payerid_visitdate_idx ON conflict.state_dashboard_patient_impact USING btree ("PAYERID", "VISITDATE");

--
-- Name: state_dashboard_payer_count_payerid_visitdate_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX state_dashboard_payer_count_payerid_visitdate_idx ON conflict.state_dashboard_payer_count USING btree ("PAYERID", "VISITDATE");

--
-- Name: state_dashboard_payer_impact_payerid_visitdate_idx; Type: INDEX; Schema: conflict; Owner: -
--

CREATE INDEX state_dashboard_payer_impact_payerid_visitdate_idx ON conflict.state_dashboard_payer_impact USING btree ("PAYERID", "VISITDATE");

--
-- Name: factvisitcallperformance_cr_default_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_default_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_default_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_default_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_default_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_default_pkey;

--
-- Name: factvisitcallperformance_cr_p202401_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202401_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202401_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202401_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202401_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202401_pkey;

--
-- Name: factvisitcallperformance_cr_p202402_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202402_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202402_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202402_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202402_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202402_pkey;

--
-- Name: factvisitcallperformance_cr_p202403_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202403_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202403_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202403_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202403_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202403_pkey;

--
-- Name: factvisitcallperformance_cr_p202404_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202404_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202404_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202404_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202404_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202404_pkey;

--
-- Name: factvisitcallperformance_cr_p202405_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202405_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202405_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202405_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202405_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202405_pkey;

--
-- Name: factvisitcallperformance_cr_p202406_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202406_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202406_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202406_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202406_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202406_pkey;

--
-- Name: factvisitcallperformance_cr_p202407_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202407_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202407_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202407_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202407_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202407_pkey;

--
-- Name: factvisitcallperformance_cr_p202408_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202408_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202408_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202408_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202408_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202408_pkey;

--
-- Name: factvisitcallperformance_cr_p202409_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202409_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202409_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202409_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202409_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202409_pkey;

--
-- Name: factvisitcallperformance_cr_p202410_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202410_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202410_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202410_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202410_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202410_pkey;

--
-- Name: factvisitcallperformance_cr_p202411_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202411_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202411_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202411_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202411_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202411_pkey;

--
-- Name: factvisitcallperformance_cr_p202412_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202412_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202412_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202412_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202412_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202412_pkey;

--
-- Name: factvisitcallperformance_cr_p202501_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202501_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202501_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202501_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202501_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202501_pkey;

--
-- Name: factvisitcallperformance_cr_p202502_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202502_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202502_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202502_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202502_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202502_pkey;

--
-- Name: factvisitcallperformance_cr_p202503_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202503_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202503_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202503_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202503_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202503_pkey;

--
-- Name: factvisitcallperformance_cr_p202504_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202504_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202504_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202504_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202504_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202504_pkey;

--
-- Name: factvisitcallperformance_cr_p202505_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202505_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202505_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202505_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202505_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202505_pkey;

--
-- Name: factvisitcallperformance_cr_p202506_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202506_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202506_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202506_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202506_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202506_pkey;

--
-- Name: factvisitcallperformance_cr_p202507_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202507_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202507_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202507_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202507_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202507_pkey;

--
-- Name: factvisitcallperformance_cr_p202508_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202508_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202508_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202508_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202508_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202508_pkey;

--
-- Name: factvisitcallperformance_cr_p202509_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202509_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202509_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202509_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202509_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202509_pkey;

--
-- Name: factvisitcallperformance_cr_p202510_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202510_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202510_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202510_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202510_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202510_pkey;

--
-- Name: factvisitcallperformance_cr_p202511_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202511_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202511_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202511_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202511_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202511_pkey;

--
-- Name: factvisitcallperformance_cr_p202512_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202512_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202512_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202512_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202512_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202512_pkey;

--
-- Name: factvisitcallperformance_cr_p202601_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202601_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202601_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202601_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202601_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202601_pkey;

--
-- Name: factvisitcallperformance_cr_p202602_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202602_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202602_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202602_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202602_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202602_pkey;

--
-- Name: factvisitcallperformance_cr_p202603_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202603_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202603_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202603_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202603_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202603_pkey;

--
-- Name: factvisitcallperformance_cr_p202604_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202604_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202604_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202604_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202604_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202604_pkey;

--
-- Name: factvisitcallperformance_cr_p202605_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202605_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202605_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202605_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202605_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202605_pkey;

--
-- Name: factvisitcallperformance_cr_p202606_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202606_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202606_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202606_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202606_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202606_pkey;

--
-- Name: factvisitcallperformance_cr_p202607_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202607_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202607_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202607_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202607_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202607_pkey;

--
-- Name: factvisitcallperformance_cr_p202608_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202608_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202608_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202608_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202608_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202608_pkey;

--
-- Name: factvisitcallperformance_cr_p202609_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202609_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202609_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202609_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202609_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202609_pkey;

--
-- Name: factvisitcallperformance_cr_p202610_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202610_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202610_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202610_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202610_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202610_pkey;

--
-- Name: factvisitcallperformance_cr_p202611_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202611_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202611_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202611_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202611_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202611_pkey;

--
-- Name: factvisitcallperformance_cr_p202612_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202612_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202612_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202612_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202612_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202612_pkey;

--
-- Name: factvisitcallperformance_cr_p202701_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202701_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202701_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202701_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202701_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202701_pkey;

--
-- Name: factvisitcallperformance_cr_p202702_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202702_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202702_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202702_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202702_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202702_pkey;

--
-- Name: factvisitcallperformance_cr_p202703_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202703_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202703_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202703_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202703_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202703_pkey;

--
-- Name: factvisitcallperformance_cr_p202704_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202704_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202704_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202704_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202704_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202704_pkey;

--
-- Name: factvisitcallperformance_cr_p202705_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202705_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202705_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202705_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202705_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202705_pkey;

--
-- Name: factvisitcallperformance_cr_p202706_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202706_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202706_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202706_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202706_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202706_pkey;

--
-- Name: factvisitcallperformance_cr_p202707_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202707_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202707_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202707_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202707_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202707_pkey;

--
-- Name: factvisitcallperformance_cr_p202708_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202708_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202708_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202708_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202708_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202708_pkey;

--
-- Name: factvisitcallperformance_cr_p202709_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202709_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202709_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202709_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202709_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202709_pkey;

--
-- Name: factvisitcallperformance_cr_p202710_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202710_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202710_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202710_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202710_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202710_pkey;

--
-- Name: factvisitcallperformance_cr_p202711_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202711_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202711_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202711_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202711_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202711_pkey;

--
-- Name: factvisitcallperformance_cr_p202712_Caregiver Id_Visit Date_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_caregiver_date_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202712_Caregiver Id_Visit Date_idx";

--
-- Name: factvisitcallperformance_cr_p202712_Updated Datatimestamp_idx; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_updated_idx ATTACH PARTITION analytics."factvisitcallperformance_cr_p202712_Updated Datatimestamp_idx";

--
-- Name: factvisitcallperformance_cr_p202712_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_cr_p202712_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_default_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_default_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202401_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202401_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202402_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202402_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202403_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202403_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202404_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202404_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202405_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202405_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202406_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202406_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202407_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202407_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202408_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202408_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202409_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202409_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202410_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202410_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202411_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202411_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202412_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202412_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202501_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202501_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202502_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202502_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202503_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202503_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202504_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202504_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202505_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202505_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202506_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202506_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202507_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202507_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202508_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202508_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202509_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202509_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202510_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202510_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202511_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202511_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202512_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202512_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202601_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202601_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202602_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202602_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202603_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202603_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202604_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202604_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202605_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202605_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202606_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202606_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202607_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202607_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202608_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202608_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202609_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202609_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202610_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202610_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202611_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202611_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202612_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202612_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202701_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202701_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202702_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202702_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202703_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202703_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202704_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202704_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202705_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202705_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202706_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202706_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202707_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202707_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202708_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202708_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202709_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202709_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202710_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202710_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202711_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202711_pkey;

--
-- Name: factvisitcallperformance_deleted_cr_p202712_pkey; Type: INDEX ATTACH; Schema: analytics; Owner: -
--

ALTER INDEX analytics.factvisitcallperformance_deleted_cr_pkey ATTACH PARTITION analytics.factvisitcallperformance_deleted_cr_p202712_pkey;

--
-- Name: pipeline_stage_runs pipeline_stage_runs_run_fkey; Type: FK CONSTRAINT; Schema: conflict; Owner: -
--

ALTER TABLE ONLY conflict.pipeline_stage_runs
    ADD CONSTRAINT pipeline_stage_runs_run_fkey FOREIGN KEY (run_id) REFERENCES conflict.pipeline_runs(run_id);

--
-- Name: SCHEMA analytics; Type: ACL; Schema: -; Owner: -
--

GRANT USAGE ON SCHEMA analytics TO conflict_pipeline;
GRANT USAGE ON SCHEMA analytics TO conflict_app;
GRANT USAGE ON SCHEMA analytics TO analytics_loader;

--
-- Name: SCHEMA conflict; Type: ACL; Schema: -; Owner: -
--

GRANT USAGE ON SCHEMA conflict TO conflict_pipeline;
GRANT USAGE ON SCHEMA conflict TO conflict_app;

--
-- Name: TABLE dimcaregiver; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.dimcaregiver TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.dimcaregiver TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.dimcaregiver TO analytics_loader;

--
-- Name: TABLE dimcontract; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.dimcontract TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.dimcontract TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.dimcontract TO analytics_loader;

--
-- Name: TABLE dimoffice; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.dimoffice TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.dimoffice TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.dimoffice TO analytics_loader;

--
-- Name: TABLE dimpatient; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.dimpatient TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.dimpatient TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.dimpatient TO analytics_loader;

--
-- Name: TABLE dimpatientaddress; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.dimpatientaddress TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.dimpatientaddress TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.dimpatientaddress TO analytics_loader;

--
-- Name: TABLE dimpayer; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.dimpayer TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.dimpayer TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.dimpayer TO analytics_loader;

--
-- Name: TABLE dimpayerprovider; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.dimpayerprovider TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.dimpayerprovider TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.dimpayerprovider TO analytics_loader;

--
-- Name: TABLE dimprovider; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.dimprovider TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.dimprovider TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.dimprovider TO analytics_loader;

--
-- Name: TABLE dimservicecode; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.dimservicecode TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.dimservicecode TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.dimservicecode TO analytics_loader;

--
-- Name: TABLE dimuser; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.dimuser TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.dimuser TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.dimuser TO analytics_loader;

--
-- Name: TABLE dimuseroffices; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.dimuseroffices TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.dimuseroffices TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.dimuseroffices TO analytics_loader;

--
-- Name: TABLE factcaregiverabsence; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factcaregiverabsence TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factcaregiverabsence TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factcaregiverabsence TO analytics_loader;

--
-- Name: TABLE factcaregiverinservice; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factcaregiverinservice TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factcaregiverinservice TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factcaregiverinservice TO analytics_loader;

--
-- Name: TABLE factdatarefreshstatus; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factdatarefreshstatus TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factdatarefreshstatus TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factdatarefreshstatus TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_default; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_default TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_default TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_default TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202401; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202401 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202401 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202401 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202402; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202402 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202402 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202402 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202403; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202403 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202403 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202403 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202404; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202404 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202404 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202404 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202405; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202405 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202405 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202405 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202406; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202406 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202406 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202406 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202407; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202407 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202407 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202407 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202408; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202408 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202408 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202408 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202409; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202409 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202409 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202409 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202410; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202410 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202410 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202410 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202411; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202411 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202411 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202411 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202412; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202412 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202412 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202412 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202501; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202501 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202501 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202501 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202502; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202502 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202502 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202502 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202503; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202503 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202503 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202503 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202504; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202504 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202504 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202504 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202505; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202505 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202505 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202505 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202506; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202506 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202506 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202506 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202507; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202507 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202507 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202507 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202508; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202508 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202508 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202508 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202509; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202509 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202509 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202509 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202510; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202510 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202510 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202510 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202511; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202511 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202511 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202511 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202512; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202512 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202512 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202512 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202601; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202601 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202601 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202601 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202602; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202602 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202602 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202602 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202603; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202603 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202603 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202603 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202604; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202604 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202604 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202604 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202605; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202605 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202605 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202605 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202606; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202606 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202606 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202606 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202607; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202607 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202607 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202607 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202608; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202608 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202608 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202608 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202609; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202609 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202609 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202609 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202610; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202610 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202610 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202610 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202611; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202611 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202611 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202611 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202612; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202612 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202612 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202612 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202701; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202701 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202701 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202701 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202702; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202702 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202702 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202702 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202703; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202703 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202703 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202703 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202704; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202704 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202704 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202704 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202705; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202705 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202705 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202705 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202706; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202706 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202706 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202706 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202707; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202707 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202707 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202707 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202708; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202708 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202708 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202708 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202709; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202709 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202709 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202709 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202710; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202710 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202710 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202710 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202711; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202711 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202711 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202711 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_cr_p202712; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202712 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_cr_p202712 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_cr_p202712 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_default; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_default TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_default TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_default TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202401; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202401 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202401 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202401 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202402; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202402 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202402 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202402 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202403; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202403 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202403 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202403 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202404; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202404 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202404 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202404 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202405; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202405 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202405 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202405 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202406; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202406 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202406 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202406 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202407; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202407 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202407 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202407 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202408; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202408 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202408 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202408 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202409; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202409 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202409 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202409 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202410; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202410 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202410 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202410 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202411; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202411 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202411 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202411 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202412; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202412 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202412 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202412 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202501; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202501 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202501 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202501 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202502; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202502 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202502 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202502 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202503; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202503 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202503 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202503 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202504; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202504 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202504 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202504 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202505; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202505 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202505 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202505 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202506; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202506 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202506 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202506 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202507; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202507 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202507 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202507 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202508; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202508 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202508 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202508 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202509; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202509 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202509 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202509 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202510; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202510 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202510 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202510 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202511; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202511 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202511 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202511 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202512; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202512 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202512 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202512 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202601; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202601 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202601 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202601 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202602; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202602 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202602 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202602 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202603; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202603 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202603 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202603 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202604; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202604 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202604 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202604 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202605; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202605 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202605 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202605 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202606; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202606 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202606 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202606 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202607; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202607 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202607 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202607 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202608; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202608 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202608 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202608 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202609; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202609 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202609 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202609 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202610; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202610 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202610 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202610 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202611; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202611 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202611 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202611 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202612; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202612 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202612 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202612 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202701; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202701 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202701 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202701 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202702; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202702 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202702 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202702 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202703; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202703 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202703 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202703 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202704; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202704 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202704 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202704 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202705; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202705 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202705 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202705 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202706; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202706 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202706 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202706 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202707; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202707 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202707 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202707 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202708; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202708 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202708 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202708 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202709; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202709 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202709 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202709 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202710; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202710 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202710 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202710 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202711; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202711 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202711 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202711 TO analytics_loader;

--
-- Name: TABLE factvisitcallperformance_deleted_cr_p202712; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202712 TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.factvisitcallperformance_deleted_cr_p202712 TO conflict_app;
GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE analytics.factvisitcallperformance_deleted_cr_p202712 TO analytics_loader;

--
-- Name: TABLE sync_watermarks; Type: ACL; Schema: analytics; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE analytics.sync_watermarks TO analytics_loader;
GRANT SELECT ON TABLE analytics.sync_watermarks TO conflict_pipeline;
GRANT SELECT ON TABLE analytics.sync_watermarks TO conflict_app;

--
-- Name: TABLE conflict_commu_inters; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.conflict_commu_inters TO conflict_pipeline;
GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE conflict.conflict_commu_inters TO conflict_app;

--
-- Name: SEQUENCE conflict_commu_inters_id_seq; Type: ACL; Schema: conflict; Owner: -
--

GRANT ALL ON SEQUENCE conflict.conflict_commu_inters_id_seq TO conflict_pipeline;

--
-- Name: TABLE conflicts; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.conflicts TO conflict_pipeline;
GRANT SELECT,UPDATE ON TABLE conflict.conflicts TO conflict_app;

--
-- Name: SEQUENCE "conflicts_CONFLICTID_seq"; Type: ACL; Schema: conflict; Owner: -
--

GRANT ALL ON SEQUENCE conflict."conflicts_CONFLICTID_seq" TO conflict_pipeline;

--
-- Name: TABLE conflictvisitmaps; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.conflictvisitmaps TO conflict_pipeline;
GRANT SELECT,UPDATE ON TABLE conflict.conflictvisitmaps TO conflict_app;

--
-- Name: SEQUENCE "conflictvisitmaps_ID_seq"; Type: ACL; Schema: conflict; Owner: -
--

GRANT ALL ON SEQUENCE conflict."conflictvisitmaps_ID_seq" TO conflict_pipeline;

--
-- Name: TABLE conflictvisitmaps_temp; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.conflictvisitmaps_temp TO conflict_pipeline;

--
-- Name: TABLE contact_maintenance; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.contact_maintenance TO conflict_pipeline;
GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE conflict.contact_maintenance TO conflict_app;

--
-- Name: SEQUENCE "contact_maintenance_ID_seq"; Type: ACL; Schema: conflict; Owner: -
--

GRANT ALL ON SEQUENCE conflict."contact_maintenance_ID_seq" TO conflict_pipeline;

--
-- Name: TABLE v_payer_conflicts_common; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT ON TABLE conflict.v_payer_conflicts_common TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.v_payer_conflicts_common TO conflict_app;

--
-- Name: TABLE dt_payer_conflicts_common; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT ON TABLE conflict.dt_payer_conflicts_common TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.dt_payer_conflicts_common TO conflict_app;

--
-- Name: TABLE excluded_agency; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.excluded_agency TO conflict_pipeline;
GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE conflict.excluded_agency TO conflict_app;

--
-- Name: SEQUENCE "excluded_agency_ID_seq"; Type: ACL; Schema: conflict; Owner: -
--

GRANT ALL ON SEQUENCE conflict."excluded_agency_ID_seq" TO conflict_pipeline;

--
-- Name: TABLE excluded_ssn; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.excluded_ssn TO conflict_pipeline;
GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE conflict.excluded_ssn TO conflict_app;

--
-- Name: SEQUENCE "excluded_ssn_ID_seq"; Type: ACL; Schema: conflict; Owner: -
--

GRANT ALL ON SEQUENCE conflict."excluded_ssn_ID_seq" TO conflict_pipeline;

--
-- Name: TABLE failed_api_logs; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.failed_api_logs TO conflict_pipeline;

--
-- Name: TABLE govbodiespayers; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.govbodiespayers TO conflict_pipeline;
GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE conflict.govbodiespayers TO conflict_app;

--
-- Name: SEQUENCE "govbodiespayers_ID_seq"; Type: ACL; Schema: conflict; Owner: -
--

GRANT ALL ON SEQUENCE conflict."govbodiespayers_ID_seq" TO conflict_pipeline;

--
-- Name: TABLE log_fields; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.log_fields TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.log_fields TO conflict_app;

--
-- Name: SEQUENCE "log_fields_ID_seq"; Type: ACL; Schema: conflict; Owner: -
--

GRANT ALL ON SEQUENCE conflict."log_fields_ID_seq" TO conflict_pipeline;

--
-- Name: TABLE log_history; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.log_history TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.log_history TO conflict_app;

--
-- Name: SEQUENCE "log_history_ID_seq"; Type: ACL; Schema: conflict; Owner: -
--

GRANT ALL ON SEQUENCE conflict."log_history_ID_seq" TO conflict_pipeline;

--
-- Name: TABLE log_history_values; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.log_history_values TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.log_history_values TO conflict_app;

--
-- Name: SEQUENCE "log_history_values_ID_seq"; Type: ACL; Schema: conflict; Owner: -
--

GRANT ALL ON SEQUENCE conflict."log_history_values_ID_seq" TO conflict_pipeline;

--
-- Name: TABLE log_history_values_temp; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.log_history_values_temp TO conflict_pipeline;

--
-- Name: TABLE mph; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.mph TO conflict_pipeline;
GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE conflict.mph TO conflict_app;

--
-- Name: SEQUENCE "mph_ID_seq"; Type: ACL; Schema: conflict; Owner: -
--

GRANT ALL ON SEQUENCE conflict."mph_ID_seq" TO conflict_pipeline;

--
-- Name: TABLE noresponsereasons; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.noresponsereasons TO conflict_pipeline;
GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE conflict.noresponsereasons TO conflict_app;

--
-- Name: SEQUENCE "noresponsereasons_ID_seq"; Type: ACL; Schema: conflict; Owner: -
--

GRANT ALL ON SEQUENCE conflict."noresponsereasons_ID_seq" TO conflict_pipeline;

--
-- Name: TABLE notifications; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.notifications TO conflict_pipeline;
GRANT SELECT,UPDATE ON TABLE conflict.notifications TO conflict_app;

--
-- Name: SEQUENCE "notifications_ID_seq"; Type: ACL; Schema: conflict; Owner: -
--

GRANT ALL ON SEQUENCE conflict."notifications_ID_seq" TO conflict_pipeline;

--
-- Name: TABLE pairing_detected; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.pairing_detected TO conflict_pipeline;

--
-- Name: TABLE pairing_runs; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.pairing_runs TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.pairing_runs TO conflict_app;

--
-- Name: TABLE pairing_scope; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.pairing_scope TO conflict_pipeline;

--
-- Name: TABLE pairing_user_snapshot; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.pairing_user_snapshot TO conflict_pipeline;

--
-- Name: TABLE payer_conflict_summary_count; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.payer_conflict_summary_count TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.payer_conflict_summary_count TO conflict_app;

--
-- Name: TABLE payer_conflict_summary_impact; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.payer_conflict_summary_impact TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.payer_conflict_summary_impact TO conflict_app;

--
-- Name: TABLE payer_dashboard_agency_count; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.payer_dashboard_agency_count TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.payer_dashboard_agency_count TO conflict_app;

--
-- Name: TABLE payer_dashboard_agency_impact; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.payer_dashboard_agency_impact TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.payer_dashboard_agency_impact TO conflict_app;

--
-- Name: TABLE payer_dashboard_caregiver_count; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.payer_dashboard_caregiver_count TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.payer_dashboard_caregiver_count TO conflict_app;

--
-- Name: TABLE payer_dashboard_caregiver_impact; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.payer_dashboard_caregiver_impact TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.payer_dashboard_caregiver_impact TO conflict_app;

--
-- Name: TABLE payer_dashboard_con_typ_count; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.payer_dashboard_con_typ_count TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.payer_dashboard_con_typ_count TO conflict_app;

--
-- Name: TABLE payer_dashboard_con_typ_impact; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.payer_dashboard_con_typ_impact TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.payer_dashboard_con_typ_impact TO conflict_app;

--
-- Name: TABLE payer_dashboard_patient_count; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.payer_dashboard_patient_count TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.payer_dashboard_patient_count TO conflict_app;

--
-- Name: TABLE payer_dashboard_patient_impact; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.payer_dashboard_patient_impact TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.payer_dashboard_patient_impact TO conflict_app;

--
-- Name: TABLE payer_dashboard_payer_chart_count; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.payer_dashboard_payer_chart_count TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.payer_dashboard_payer_chart_count TO conflict_app;

--
-- Name: TABLE payer_dashboard_payer_chart_impact; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.payer_dashboard_payer_chart_impact TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.payer_dashboard_payer_chart_impact TO conflict_app;

--
-- Name: TABLE payer_dashboard_payer_count; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.payer_dashboard_payer_count TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.payer_dashboard_payer_count TO conflict_app;

--
-- Name: TABLE payer_dashboard_payer_impact; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.payer_dashboard_payer_impact TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.payer_dashboard_payer_impact TO conflict_app;

--
-- Name: TABLE payer_provider_reminders; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.payer_provider_reminders TO conflict_pipeline;
GRANT SELECT,UPDATE ON TABLE conflict.payer_provider_reminders TO conflict_app;

--
-- Name: SEQUENCE "payer_provider_reminders_ID_seq"; Type: ACL; Schema: conflict; Owner: -
--

GRANT ALL ON SEQUENCE conflict."payer_provider_reminders_ID_seq" TO conflict_pipeline;

--
-- Name: TABLE pipeline_runs; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,UPDATE ON TABLE conflict.pipeline_runs TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.pipeline_runs TO conflict_app;

--
-- Name: TABLE pipeline_stage_runs; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,UPDATE ON TABLE conflict.pipeline_stage_runs TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.pipeline_stage_runs TO conflict_app;

--
-- Name: TABLE provider_dashboard_agency; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.provider_dashboard_agency TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.provider_dashboard_agency TO conflict_app;

--
-- Name: TABLE provider_dashboard_caregiver; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.provider_dashboard_caregiver TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.provider_dashboard_caregiver TO conflict_app;

--
-- Name: TABLE provider_dashboard_con_typ; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.provider_dashboard_con_typ TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.provider_dashboard_con_typ TO conflict_app;

--
-- Name: TABLE provider_dashboard_patient; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.provider_dashboard_patient TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.provider_dashboard_patient TO conflict_app;

--
-- Name: TABLE provider_dashboard_payer; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.provider_dashboard_payer TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.provider_dashboard_payer TO conflict_app;

--
-- Name: TABLE provider_dashboard_top; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.provider_dashboard_top TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.provider_dashboard_top TO conflict_app;

--
-- Name: TABLE schemaversions; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.schemaversions TO conflict_pipeline;

--
-- Name: SEQUENCE schemaversions_schemaversionsid_seq; Type: ACL; Schema: conflict; Owner: -
--

GRANT ALL ON SEQUENCE conflict.schemaversions_schemaversionsid_seq TO conflict_pipeline;

--
-- Name: TABLE schemaversions_sha256; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.schemaversions_sha256 TO conflict_pipeline;

--
-- Name: TABLE settings; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.settings TO conflict_pipeline;
GRANT SELECT,UPDATE ON TABLE conflict.settings TO conflict_app;

--
-- Name: TABLE state_dashboard_agency_count; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.state_dashboard_agency_count TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.state_dashboard_agency_count TO conflict_app;

--
-- Name: TABLE state_dashboard_agency_impact; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.state_dashboard_agency_impact TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.state_dashboard_agency_impact TO conflict_app;

--
-- Name: TABLE state_dashboard_caregiver_count; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.state_dashboard_caregiver_count TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.state_dashboard_caregiver_count TO conflict_app;

--
-- Name: TABLE state_dashboard_caregiver_impact; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.state_dashboard_caregiver_impact TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.state_dashboard_caregiver_impact TO conflict_app;

--
-- Name: TABLE state_dashboard_con_type_count; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.state_dashboard_con_type_count TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.state_dashboard_con_type_count TO conflict_app;

--
-- Name: TABLE state_dashboard_con_type_impact; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.state_dashboard_con_type_impact TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.state_dashboard_con_type_impact TO conflict_app;

--
-- Name: TABLE state_dashboard_patient_count; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.state_dashboard_patient_count TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.state_dashboard_patient_count TO conflict_app;

--
-- Name: TABLE state_dashboard_patient_impact; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.state_dashboard_patient_impact TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.state_dashboard_patient_impact TO conflict_app;

--
-- Name: TABLE state_dashboard_payer_count; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.state_dashboard_payer_count TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.state_dashboard_payer_count TO conflict_app;

--
-- Name: TABLE state_dashboard_payer_impact; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.state_dashboard_payer_impact TO conflict_pipeline;
GRANT SELECT ON TABLE conflict.state_dashboard_payer_impact TO conflict_app;

--
-- Name: TABLE task_history_list; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.task_history_list TO conflict_pipeline;

--
-- Name: SEQUENCE "task_history_list_ID_seq"; Type: ACL; Schema: conflict; Owner: -
--

GRANT ALL ON SEQUENCE conflict."task_history_list_ID_seq" TO conflict_pipeline;

--
-- Name: TABLE tmp_billable_updates; Type: ACL; Schema: conflict; Owner: -
--

GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLE conflict.tmp_billable_updates TO conflict_pipeline;

--
-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: analytics; Owner: -
--

ALTER DEFAULT PRIVILEGES FOR ROLE conflictdb_owner IN SCHEMA analytics GRANT SELECT ON TABLES  TO conflict_pipeline;
ALTER DEFAULT PRIVILEGES FOR ROLE conflictdb_owner IN SCHEMA analytics GRANT SELECT ON TABLES  TO conflict_app;
ALTER DEFAULT PRIVILEGES FOR ROLE conflictdb_owner IN SCHEMA analytics GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLES  TO analytics_loader;

--
-- Name: DEFAULT PRIVILEGES FOR SEQUENCES; Type: DEFAULT ACL; Schema: conflict; Owner: -
--

ALTER DEFAULT PRIVILEGES FOR ROLE conflictdb_owner IN SCHEMA conflict GRANT ALL ON SEQUENCES  TO conflict_pipeline;

--
-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: conflict; Owner: -
--

ALTER DEFAULT PRIVILEGES FOR ROLE conflictdb_owner IN SCHEMA conflict GRANT SELECT,INSERT,DELETE,TRUNCATE,UPDATE ON TABLES  TO conflict_pipeline;

--
--
