import os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
PID='erasure-request'; PNAME='Poistopyyntö / Erasure request'; START_MESSAGE='ErasureRequestReceived'
DESK_FORM='erasure-request-desk'; REQUEST_TYPE='ERASURE'; FIRST='MakeErasurePlan'
OUT=ROOT+'/processes/erasure-request.bpmn'
DOC='''The erasure request (GDPR Art. 17), from the service-desk start form or the email intake's message
ErasureRequestReceived, through identity verification and subject matching (shared with the access request), the
erasure plan made by the decision table erasure-plan, the handler's review (the DPO approves releasing a legal hold),
the execution in every register, the Art. 19 notices, to the answer delivered securely. Kept categories are
recorded with their hold's end; the retention sweep (ErasureHolds) erases them later. Business key = case number.
Variables: legalDeadline, internalTarget, atRiskAt, matchOutcome, categoriesWithData, categoriesToErase,
categoriesToKeep, dpoApprovalNeeded, recordsErased, recipientsTold, outcome, onTimeLegal, onTimeTarget. No
personal data: names, contacts and reasons live in the case tables.'''
MIDDLE_ELEMENTS='''
el('MakeErasurePlan','task',1520,Y,'<bpmn:serviceTask id="MakeErasurePlan" name="Make the erasure plan" camunda:asyncBefore="true" camunda:delegateExpression="${{makeErasurePlan}}">'+RETRY.format('R3/PT1M')+'{io}</bpmn:serviceTask>','sub')
el('ReviewErasurePlan','task',1660,Y,'<bpmn:userTask id="ReviewErasurePlan" name="Tarkista poistosuunnitelma / Review the erasure plan" camunda:formRef="erasure-review-plan" camunda:formRefBinding="latest" camunda:candidateGroups="privacy-handlers" '+DUE+'><bpmn:documentation>The decision table erasure-plan has decided every category in which the person has data: erase, anonymise or keep on a legal ground (GDPR Art. 17(3)), and until when. Check it against what the registers do not know (a dispute, a pending claim) and change decisions with a reason. Erasing a category the law keeps needs the DPO&apos;s approval.</bpmn:documentation><bpmn:extensionElements><camunda:taskListener delegateExpression="${{offerErasurePlan}}" event="create" /></bpmn:extensionElements>{io}</bpmn:userTask>','sub')
el('RecordPlanReview','task',1800,Y,'<bpmn:serviceTask id="RecordPlanReview" name="Record the review" camunda:delegateExpression="${{recordPlanReview}}">{io}</bpmn:serviceTask>','sub')
el('DpoNeeded','gw',1930,Y,'<bpmn:exclusiveGateway id="DpoNeeded" name="Legal hold released?" default="Flow_noDpo">{io}</bpmn:exclusiveGateway>','sub')
el('ApproveErasurePlan','task',2040,420,'<bpmn:userTask id="ApproveErasurePlan" name="Hyväksy säilytyksen ohitus / Approve releasing a hold" camunda:formRef="erasure-approve-release" camunda:formRefBinding="latest" camunda:candidateGroups="dpo" '+DUE+'><bpmn:documentation>The handler wants to erase categories that the law keeps (GDPR Art. 17(3)). Approve, and they are erased; refuse, and they are kept (the handler&apos;s other changes stand).</bpmn:documentation><bpmn:extensionElements><camunda:taskListener delegateExpression="${{offerErasurePlan}}" event="create" /><camunda:taskListener delegateExpression="${{onlyTheDpo}}" event="complete" /></bpmn:extensionElements>{io}</bpmn:userTask>','sub')
el('RecordDpoDecision','task',2180,420,'<bpmn:serviceTask id="RecordDpoDecision" name="Record the DPO&apos;s decision" camunda:delegateExpression="${{recordDpoDecision}}">{io}</bpmn:serviceTask>','sub')
el('ExecuteErasure','task',2320,Y,'<bpmn:serviceTask id="ExecuteErasure" name="Erase in every register" camunda:asyncBefore="true" camunda:delegateExpression="${{executeErasure}}">'+RETRY.format('R3/PT1M')+'{io}</bpmn:serviceTask>','sub')
el('TellRecipients','task',2460,Y,'<bpmn:serviceTask id="TellRecipients" name="Tell the recipients (Art. 19)" camunda:asyncBefore="true" camunda:delegateExpression="${{tellRecipients}}">'+RETRY.format('R5/PT5M')+'{io}</bpmn:serviceTask>','sub')
el('RenderErasureAnswer','task',2600,Y,'<bpmn:serviceTask id="RenderErasureAnswer" name="Render the answer" camunda:asyncBefore="true" camunda:delegateExpression="${{renderErasureAnswer}}">'+RETRY.format('R3/PT1M')+'{io}</bpmn:serviceTask>','sub')
el('DeliverReport','task',2740,Y,'<bpmn:serviceTask id="DeliverReport" name="Deliver the answer securely" camunda:asyncBefore="true" camunda:asyncAfter="true" camunda:delegateExpression="${{deliverReport}}">'+RETRY.format('R5/PT5M')+'{io}</bpmn:serviceTask>','sub')
'''
MIDDLE_FLOWS='''
flow('Flow_toReviewPlan','MakeErasurePlan','ReviewErasurePlan')
flow('Flow_toRecordReview','ReviewErasurePlan','RecordPlanReview')
flow('Flow_toDpoNeeded','RecordPlanReview','DpoNeeded')
flow('Flow_dpo','DpoNeeded','ApproveErasurePlan',name='yes: DPO approves',cond='${dpoApprovalNeeded == true}',wps=[(1930,325),(1930,420),(1990,420)])
flow('Flow_noDpo','DpoNeeded','ExecuteErasure',name='no')
flow('Flow_toRecordDpo','ApproveErasurePlan','RecordDpoDecision')
flow('Flow_dpoDecided','RecordDpoDecision','ExecuteErasure',wps=[(2230,420),(2320,420),(2320,340)])
flow('Flow_toTell','ExecuteErasure','TellRecipients')
flow('Flow_toRenderAnswer','TellRecipients','RenderErasureAnswer')
flow('Flow_toDeliver','RenderErasureAnswer','DeliverReport')
flow('Flow_delivered','DeliverReport','CloseCase')
'''
exec(open(os.path.join(HERE, 'rights_template.py')).read())
