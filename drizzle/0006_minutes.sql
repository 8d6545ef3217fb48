CREATE TABLE "minutes_note" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "minutes_note_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"conference_id" integer NOT NULL,
	"agenda_item_id" integer NOT NULL,
	"revision" integer NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"floor_speakers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"conclusions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"saved_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"by_user_id" integer
);
--> statement-breakpoint
CREATE TABLE "minutes_record" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "minutes_record_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"conference_id" integer NOT NULL,
	"revision" integer NOT NULL,
	"body" jsonb NOT NULL,
	"edit_count" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"by_user_id" integer,
	"finalized_at" timestamp (3) with time zone,
	"finalized_by_user_id" integer,
	"reopen_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "conference" ADD COLUMN "secretary_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "conference" ADD COLUMN "secretary_title" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "conference" ADD COLUMN "minutes_number" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "conference" ADD COLUMN "conclusion_number" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "minutes_note" ADD CONSTRAINT "minutes_note_conference_id_conference_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conference"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_note" ADD CONSTRAINT "minutes_note_agenda_item_id_agenda_item_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_note" ADD CONSTRAINT "minutes_note_by_user_id_user_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_record" ADD CONSTRAINT "minutes_record_conference_id_conference_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conference"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_record" ADD CONSTRAINT "minutes_record_by_user_id_user_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_record" ADD CONSTRAINT "minutes_record_finalized_by_user_id_user_id_fk" FOREIGN KEY ("finalized_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "minutes_note_item_revision" ON "minutes_note" USING btree ("agenda_item_id","revision");--> statement-breakpoint
CREATE INDEX "minutes_note_conference" ON "minutes_note" USING btree ("conference_id");--> statement-breakpoint
CREATE UNIQUE INDEX "minutes_record_conference_revision" ON "minutes_record" USING btree ("conference_id","revision");