CREATE TYPE "public"."checkin_method" AS ENUM('scan', 'self', 'manual', 'walk-in');--> statement-breakpoint
CREATE TABLE "checkin" (
	"id" text PRIMARY KEY NOT NULL,
	"conference_id" integer NOT NULL,
	"delegate_id" integer NOT NULL,
	"scanned_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"device_id" text NOT NULL,
	"method" "checkin_method" NOT NULL,
	"user_id" integer,
	"undone_at" timestamp with time zone,
	"undone_by_user_id" integer,
	"undo_reason" text
);
--> statement-breakpoint
ALTER TABLE "checkin" ADD CONSTRAINT "checkin_conference_id_conference_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conference"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin" ADD CONSTRAINT "checkin_delegate_id_delegate_id_fk" FOREIGN KEY ("delegate_id") REFERENCES "public"."delegate"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin" ADD CONSTRAINT "checkin_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin" ADD CONSTRAINT "checkin_undone_by_user_id_user_id_fk" FOREIGN KEY ("undone_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "checkin_delegate_scanned" ON "checkin" USING btree ("delegate_id","scanned_at");--> statement-breakpoint
CREATE INDEX "checkin_conference" ON "checkin" USING btree ("conference_id");