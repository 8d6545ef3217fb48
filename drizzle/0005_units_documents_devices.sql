CREATE TYPE "public"."document_kind" AS ENUM('report', 'speech', 'synthesis', 'plan', 'other');--> statement-breakpoint
CREATE TYPE "public"."extraction_status" AS ENUM('text', 'scanned', 'failed');--> statement-breakpoint
CREATE TYPE "public"."file_kind" AS ENUM('docx', 'pdf');--> statement-breakpoint
CREATE TABLE "document_request" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "document_request_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"conference_id" integer NOT NULL,
	"kind" "document_kind" NOT NULL,
	"title" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"topic" text,
	"agenda_item_id" integer,
	"closed_at" timestamp with time zone,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_request_unit" (
	"request_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"exempt_at" timestamp with time zone,
	CONSTRAINT "document_request_unit_request_id_unit_id_pk" PRIMARY KEY("request_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "scanner_device" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"named_by_user_id" integer,
	"named_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "submission" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "submission_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"request_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "submission_version" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "submission_version_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"submission_id" integer NOT NULL,
	"version" integer NOT NULL,
	"file_name" text NOT NULL,
	"file_kind" "file_kind" NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"submitted_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"late" boolean NOT NULL,
	"by_user_id" integer,
	"extraction" "extraction_status" NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"html" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "delegate" ALTER COLUMN "group_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "unit" ADD COLUMN "leader" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "unit" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "unit" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "unit" ADD COLUMN "upload_token_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "document_request" ADD CONSTRAINT "document_request_conference_id_conference_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conference"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_request" ADD CONSTRAINT "document_request_agenda_item_id_agenda_item_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_item"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_request_unit" ADD CONSTRAINT "document_request_unit_request_id_document_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."document_request"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_request_unit" ADD CONSTRAINT "document_request_unit_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scanner_device" ADD CONSTRAINT "scanner_device_named_by_user_id_user_id_fk" FOREIGN KEY ("named_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission" ADD CONSTRAINT "submission_request_id_document_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."document_request"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission" ADD CONSTRAINT "submission_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_version" ADD CONSTRAINT "submission_version_submission_id_submission_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submission"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_version" ADD CONSTRAINT "submission_version_by_user_id_user_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "document_request_conference" ON "document_request" USING btree ("conference_id","position");--> statement-breakpoint
CREATE INDEX "document_request_unit_unit" ON "document_request_unit" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "submission_request_unit" ON "submission" USING btree ("request_id","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "submission_version_number" ON "submission_version" USING btree ("submission_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "submission_version_sha256" ON "submission_version" USING btree ("submission_id","sha256");--> statement-breakpoint
ALTER TABLE "unit" DROP COLUMN "report_due_on";--> statement-breakpoint
ALTER TABLE "unit" DROP COLUMN "speech_topic";--> statement-breakpoint
ALTER TABLE "unit" DROP COLUMN "speech_due_on";--> statement-breakpoint
ALTER TABLE "delegate" ADD CONSTRAINT "delegate_group_unless_walk_in" CHECK ("delegate"."group_id" is not null or "delegate"."is_walk_in");