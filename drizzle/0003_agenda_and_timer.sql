CREATE TYPE "public"."agenda_kind" AS ENUM('opening', 'report', 'speech', 'discussion', 'conclusion', 'break', 'other');--> statement-breakpoint
CREATE TYPE "public"."timer_event_kind" AS ENUM('start', 'pause', 'resume', 'extend', 'reset', 'select', 'stop');--> statement-breakpoint
CREATE TABLE "agenda_item" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agenda_item_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"conference_id" integer NOT NULL,
	"position" integer NOT NULL,
	"kind" "agenda_kind" NOT NULL,
	"title" text NOT NULL,
	"presenter" text DEFAULT '' NOT NULL,
	"delegate_id" integer,
	"unit_id" integer,
	"planned_seconds" integer NOT NULL,
	"chair_notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_state" (
	"conference_id" integer PRIMARY KEY NOT NULL,
	"item_id" integer,
	"allotted_ms" integer DEFAULT 0 NOT NULL,
	"running" boolean DEFAULT false NOT NULL,
	"ends_at" bigint,
	"remaining_ms" integer DEFAULT 0 NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "timer_event" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "timer_event_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"conference_id" integer NOT NULL,
	"item_id" integer,
	"kind" timer_event_kind NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"ms" integer NOT NULL,
	"user_id" integer
);
--> statement-breakpoint
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_conference_id_conference_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conference"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_delegate_id_delegate_id_fk" FOREIGN KEY ("delegate_id") REFERENCES "public"."delegate"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_state" ADD CONSTRAINT "meeting_state_conference_id_conference_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conference"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_state" ADD CONSTRAINT "meeting_state_item_id_agenda_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."agenda_item"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timer_event" ADD CONSTRAINT "timer_event_conference_id_conference_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conference"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timer_event" ADD CONSTRAINT "timer_event_item_id_agenda_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."agenda_item"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timer_event" ADD CONSTRAINT "timer_event_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agenda_item_conference_position" ON "agenda_item" USING btree ("conference_id","position");--> statement-breakpoint
CREATE INDEX "timer_event_conference_at" ON "timer_event" USING btree ("conference_id","at");