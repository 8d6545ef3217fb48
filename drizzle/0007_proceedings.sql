CREATE TABLE "proceedings_choice" (
	"conference_id" integer PRIMARY KEY NOT NULL,
	"choice" jsonb NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"by_user_id" integer
);
--> statement-breakpoint
ALTER TABLE "submission_version" ADD COLUMN "link_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "proceedings_choice" ADD CONSTRAINT "proceedings_choice_conference_id_conference_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conference"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proceedings_choice" ADD CONSTRAINT "proceedings_choice_by_user_id_user_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;